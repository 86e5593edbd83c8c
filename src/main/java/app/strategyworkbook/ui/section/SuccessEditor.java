package app.strategyworkbook.ui.section;

import static app.strategyworkbook.template.Template.ONE_YEAR_DATE;
import static app.strategyworkbook.template.Template.ONE_YEAR_METRICS;
import static app.strategyworkbook.template.Template.THREE_YEAR_DATE;
import static app.strategyworkbook.template.Template.THREE_YEAR_METRICS;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.template.DocumentPart;

/** Success criteria: the 1-year and 3-year dates and their metric lines. */
final class SuccessEditor extends SectionEditor {
    SuccessEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.SUCCESS, doc, history);
    }

    @Override
    protected void build() {
        form.fields(ONE_YEAR_DATE, ONE_YEAR_METRICS, THREE_YEAR_DATE, THREE_YEAR_METRICS);
        form.kept(doc.getSuccess(), DocumentPart.SUCCESS);
    }
}
