package app.strategyworkbook.ui.section;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.format.markdown.MarkdownStrategyFormat;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;

/** Overview: the document's header, purpose, mission, vision and values, and the footer's dates and owner. */
final class OverviewEditor extends SectionEditor {
    OverviewEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.OVERVIEW, doc, history);
    }

    private static String header(String field) {
        return MarkdownStrategyFormat.documentPlaceholder(field);
    }

    @Override
    protected void build() {
        var h = doc.getHeader();
        var o = doc.getOverview();
        var f = doc.getFooter();
        form.heading("Document");
        form.text("Title", "title", h.titleProperty(), "Company Strategy");
        form.text("Status", "status", h.statusProperty(), header("status"));
        form.text("Update Frequency", "updateFrequency", h.updateFrequencyProperty(), header("updateFrequency"));
        form.text("Primary Roles", "primaryRoles", h.primaryRolesProperty(), header("primaryRoles"));
        form.text("Related Documents", "relatedDocuments", h.relatedDocumentsProperty(), header("relatedDocuments"));
        form.area("Purpose", "purpose", doc.getPurpose().textProperty(),
                MarkdownStrategyFormat.placeholder(TemplateSection.PURPOSE, "text"));
        form.heading("Company Overview");
        form.area("Mission", "mission", o.missionProperty(), prompt("mission"));
        form.area("Vision", "vision", o.visionProperty(), prompt("vision"));
        form.named("Values", "values", o.getValues(), "Value", "What it means");
        form.kept(o);
        form.heading("Review and ownership");
        form.text("Last Major Update", "lastMajorUpdate", f.lastMajorUpdateProperty(), header("lastMajorUpdate"));
        form.text("Next Strategy Review", "nextReview", f.nextReviewProperty(), header("nextReview"));
        form.text("Strategy Owner", "owner", f.ownerProperty(), header("owner"));
        form.kept(doc.getPurpose());
        form.kept(doc.getDocumentKept());
    }
}
