package app.strategyworkbook.ui.section;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.GuidanceGroup;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.ui.field.Form;
import app.strategyworkbook.ui.field.ItemsEditor;

/** How to use this document: advice lines for each audience. */
final class GuidanceEditor extends SectionEditor {
    GuidanceEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.GUIDANCE, doc, history);
    }

    @Override
    protected void build() {
        var g = doc.getGuidance();
        ItemsEditor<GuidanceGroup> editor = new ItemsEditor<>("guidance-groups", "audience", g.getGroups(),
                GuidanceGroup::new, (group, i) -> {
                    Form f = new Form("guidance-" + i, form.history());
                    f.text("Audience", "audience", group.audienceProperty(), "[Audience]");
                    f.named("Guidance", "items", group.getItems(), "Situation", "How to use this document");
                    f.kept(group);
                    return f.box();
                }, (group, i) -> group.getAudience().isEmpty() ? "Audience " + (i + 1) : group.getAudience(),
                group -> new javafx.beans.Observable[] {group.audienceProperty()});
        form.add(editor.view());
        form.kept(g);
    }
}
