package app.strategyworkbook.ui.section;

import static app.strategyworkbook.template.Template.SEGMENTS;
import static app.strategyworkbook.template.Template.SEGMENT_LABEL;
import static app.strategyworkbook.template.Template.SEGMENT_NAME;
import static app.strategyworkbook.template.Template.SEGMENT_PAIN_POINTS;
import static app.strategyworkbook.template.Template.SEGMENT_REVENUE_MODEL;
import static app.strategyworkbook.template.Template.SEGMENT_SOLUTION;
import static app.strategyworkbook.template.Template.SEGMENT_WHO;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.CustomerSegment;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.template.DocumentPart;

/** Target customer segments: who they are, their pain points, our solution and how they pay. */
final class SegmentsEditor extends SectionEditor {
    SegmentsEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.SEGMENTS, doc, history);
    }

    @Override
    protected void build() {
        form.<CustomerSegment>items(SEGMENTS, (f, s) -> {
            f.fields(SEGMENT_LABEL, SEGMENT_NAME, SEGMENT_WHO, SEGMENT_PAIN_POINTS, SEGMENT_SOLUTION,
                    SEGMENT_REVENUE_MODEL);
            f.kept(s, DocumentPart.SEGMENTS);
        }, (s, i) -> (s.getLabel().isEmpty() ? SEGMENT_LABEL.placeholder().at(i) : s.getLabel())
                + (s.getName().isEmpty() ? "" : ": " + s.getName()),
                s -> new javafx.beans.Observable[] {s.labelProperty(), s.nameProperty()});
        form.kept(doc.getSegments(), DocumentPart.SEGMENTS);
    }
}
