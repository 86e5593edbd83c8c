package app.strategyworkbook.ui.section;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.SuccessHorizon;
import app.strategyworkbook.model.TemplateSection;

/** Success criteria: the 1-year and 3-year dates and their metric lines. */
final class SuccessEditor extends SectionEditor {
    SuccessEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.SUCCESS, doc, history);
    }

    @Override
    protected void build() {
        var s = doc.getSuccess();
        horizon("1-Year Success", "oneYear", s.getOneYear());
        horizon("3-Year Success", "threeYear", s.getThreeYear());
        form.kept(s);
    }

    private void horizon(String heading, String key, SuccessHorizon h) {
        form.heading(heading);
        form.text("By", key + "-date", h.dateProperty(), "[Date]");
        form.named("We will have achieved", key + "-metrics", h.getMetrics(), "Metric", "Target");
    }
}
