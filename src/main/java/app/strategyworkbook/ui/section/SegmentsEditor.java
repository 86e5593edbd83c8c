package app.strategyworkbook.ui.section;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.CustomerSegment;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.ui.field.Form;
import app.strategyworkbook.ui.field.ItemsEditor;

/** Target customer segments: who they are, their pain points, our solution and how they pay. */
final class SegmentsEditor extends SectionEditor {
    SegmentsEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.SEGMENTS, doc, history);
    }

    @Override
    protected void build() {
        var segments = doc.getSegments();
        ItemsEditor<CustomerSegment> editor = new ItemsEditor<>("segments-segments", "segment",
                segments.getSegments(), CustomerSegment::new, (s, i) -> {
                    Form f = new Form("segments-" + i, form.history());
                    f.text("Segment", "label", s.labelProperty(), i == 0 ? "Primary Segment" : "Secondary Segment");
                    f.text("Customer Type", "name", s.nameProperty(), prompt("name"));
                    f.area("Who", "who", s.whoProperty(), prompt("who"));
                    f.strings("Pain Points", "painPoints", s.getPainPoints(), "[Pain point]");
                    f.area("Our Solution", "solution", s.solutionProperty(), prompt("solution"));
                    f.area("Revenue Model", "revenueModel", s.revenueModelProperty(), prompt("revenueModel"));
                    f.kept(s);
                    return f.box();
                }, (s, i) -> (s.getLabel().isEmpty() ? "Segment " + (i + 1) : s.getLabel())
                        + (s.getName().isEmpty() ? "" : ": " + s.getName()),
                s -> new javafx.beans.Observable[] {s.labelProperty(), s.nameProperty()});
        form.add(editor.view());
        form.kept(segments);
    }
}
