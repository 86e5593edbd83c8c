package app.strategyworkbook.ui.section;

import static app.strategyworkbook.template.Template.LAST_MAJOR_UPDATE;
import static app.strategyworkbook.template.Template.MISSION;
import static app.strategyworkbook.template.Template.NEXT_REVIEW;
import static app.strategyworkbook.template.Template.OWNER;
import static app.strategyworkbook.template.Template.PRIMARY_ROLES;
import static app.strategyworkbook.template.Template.PURPOSE;
import static app.strategyworkbook.template.Template.RELATED_DOCUMENTS;
import static app.strategyworkbook.template.Template.STATUS;
import static app.strategyworkbook.template.Template.TITLE;
import static app.strategyworkbook.template.Template.UPDATE_FREQUENCY;
import static app.strategyworkbook.template.Template.VALUES;
import static app.strategyworkbook.template.Template.VISION;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.template.DocumentPart;

/** Overview: the document's header, purpose, mission, vision and values, and the footer's dates and owner. */
final class OverviewEditor extends SectionEditor {
    OverviewEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.OVERVIEW, doc, history);
    }

    @Override
    protected void build() {
        form.heading("Document");
        form.fields(TITLE, STATUS, UPDATE_FREQUENCY, PRIMARY_ROLES, RELATED_DOCUMENTS, PURPOSE);
        form.heading("Company Overview");
        form.fields(MISSION, VISION, VALUES);
        form.kept(doc.getOverview(), DocumentPart.OVERVIEW);
        form.heading("Review and ownership");
        form.fields(LAST_MAJOR_UPDATE, NEXT_REVIEW, OWNER);
        form.kept(doc.getPurpose(), DocumentPart.PURPOSE);
        form.kept(doc.getDocumentKept(), DocumentPart.HEADER);
    }

    /** The overview's notes go with the title slide; the purpose has notes of its own. */
    @Override
    protected void notes() {
        form.fields(app.strategyworkbook.template.Template.OVERVIEW_NOTES,
                app.strategyworkbook.template.Template.PURPOSE_NOTES);
    }
}
