package app.strategyworkbook.ui.section;

import static app.strategyworkbook.template.Template.COMPETITORS;
import static app.strategyworkbook.template.Template.INDIRECT_COMPETITORS;
import static app.strategyworkbook.template.Template.SAM;
import static app.strategyworkbook.template.Template.SOM;
import static app.strategyworkbook.template.Template.TAM;
import static app.strategyworkbook.template.Template.TARGET_MARKET;
import static app.strategyworkbook.template.Template.TRENDS;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.template.DocumentPart;

/** Strategic context: the market, TAM / SAM / SOM, trends, and direct and indirect competitors. */
final class ContextEditor extends SectionEditor {
    ContextEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.CONTEXT, doc, history);
    }

    @Override
    protected void build() {
        form.fields(TARGET_MARKET, TAM, SAM, SOM, TRENDS, COMPETITORS, INDIRECT_COMPETITORS);
        form.kept(doc.getContext(), DocumentPart.CONTEXT);
    }
}
