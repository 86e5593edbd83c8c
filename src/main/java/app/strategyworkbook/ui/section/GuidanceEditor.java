package app.strategyworkbook.ui.section;

import static app.strategyworkbook.template.Template.GROUP_AUDIENCE;
import static app.strategyworkbook.template.Template.GROUP_ITEMS;
import static app.strategyworkbook.template.Template.GUIDANCE_GROUPS;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.GuidanceGroup;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.template.DocumentPart;

/** How to use this document: advice lines for each audience. */
final class GuidanceEditor extends SectionEditor {
    GuidanceEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.GUIDANCE, doc, history);
    }

    @Override
    protected void build() {
        form.<GuidanceGroup>items(GUIDANCE_GROUPS, (f, group) -> {
            f.fields(GROUP_AUDIENCE, GROUP_ITEMS);
            f.kept(group, DocumentPart.GUIDANCE);
        }, (group, i) -> group.getAudience().isEmpty() ? "Audience " + (i + 1) : group.getAudience(),
                group -> new javafx.beans.Observable[] {group.audienceProperty()});
        form.kept(doc.getGuidance(), DocumentPart.GUIDANCE);
    }
}
