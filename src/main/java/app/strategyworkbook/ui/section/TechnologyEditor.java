package app.strategyworkbook.ui.section;

import static app.strategyworkbook.template.Template.APPROACH;
import static app.strategyworkbook.template.Template.CORE_TECHNOLOGIES;
import static app.strategyworkbook.template.Template.DEBT_ALLOCATION;
import static app.strategyworkbook.template.Template.DEBT_PHILOSOPHY;
import static app.strategyworkbook.template.Template.PRINCIPLES;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.template.DocumentPart;

/** Technology strategy: principles, the stack and how technical debt is handled. */
final class TechnologyEditor extends SectionEditor {
    TechnologyEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.TECHNOLOGY, doc, history);
    }

    @Override
    protected void build() {
        form.fields(PRINCIPLES, APPROACH, CORE_TECHNOLOGIES, DEBT_PHILOSOPHY, DEBT_ALLOCATION);
        form.kept(doc.getTechnology(), DocumentPart.TECHNOLOGY);
    }
}
