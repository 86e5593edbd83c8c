package app.strategyworkbook.format.markdown;

import static app.strategyworkbook.format.markdown.Fields.text;

import app.strategyworkbook.format.markdown.Fields.TextField;
import app.strategyworkbook.model.Part;
import app.strategyworkbook.model.StrategyDocument;

/**
 * The parts outside the "##" sections: the title, the header lines under it (status, update frequency, roles, related
 * documents) and the footer (last update, next review, owner). Their labels are recognised wherever they stand.
 */
final class DocumentFormat extends SectionFormat {
    static final DocumentFormat FIELDS = new DocumentFormat();

    private static StrategyDocument doc(Object o) {
        return (StrategyDocument) o;
    }

    final TextField status = text("Status", "header", d -> doc(d).getHeader().statusProperty(), "[Status]");
    final TextField frequency = text("Update Frequency", "header",
            d -> doc(d).getHeader().updateFrequencyProperty(), "[Update frequency]");
    final TextField roles = text("Primary Roles", "header", d -> doc(d).getHeader().primaryRolesProperty(),
            "[Primary roles]");
    final TextField related = text("Related Documents", "header",
            d -> doc(d).getHeader().relatedDocumentsProperty(), "[Related documents]");
    final TextField lastUpdate = text("Last Major Update", "footer",
            d -> doc(d).getFooter().lastMajorUpdateProperty(), "[Date]", "Last Updated", "Last Update");
    final TextField nextReview = text("Next Strategy Review", "footer",
            d -> doc(d).getFooter().nextReviewProperty(), "[Date]", "Next Review");
    final TextField owner = text("Strategy Owner", "footer", d -> doc(d).getFooter().ownerProperty(), "[CEO Name]");

    private DocumentFormat() {
        super("document", "", null);
        fields(status, frequency, roles, related, lastUpdate, nextReview, owner);
        // Header and footer fields share their anchors, so their prompts are declared by field name.
        prompt("status", status.placeholder());
        prompt("updateFrequency", frequency.placeholder());
        prompt("primaryRoles", roles.placeholder());
        prompt("relatedDocuments", related.placeholder());
        prompt("lastMajorUpdate", lastUpdate.placeholder());
        prompt("nextReview", nextReview.placeholder());
        prompt("owner", owner.placeholder());
    }

    boolean isFooterLabel(String label) {
        var field = field(label);
        return field == lastUpdate || field == nextReview || field == owner;
    }

    @Override
    Part part(StrategyDocument doc) {
        return doc.getDocumentKept();
    }

    @Override
    Object target(ReadContext ctx) {
        return ctx.doc;
    }

    @Override
    void write(StrategyDocument doc, MarkdownOut out) {
        Part part = part(doc);
        out.kept(part, "start");
        String title = doc.getHeader().getTitle();
        if (!title.isEmpty()) {
            out.block("# " + Escapes.heading(title));
        }
        out.kept(part, "title");
        String statusLine = status.write(doc, 0, part);
        if (statusLine.contains("\n")) {
            // A label after " | " is read only on a line that starts with a label: after a status of several lines,
            // the update frequency starts a line of its own.
            out.block(statusLine);
            out.tight(frequency.write(doc, 0, part));
        } else {
            out.block(statusLine + " | " + frequency.write(doc, 0, part));
        }
        out.tight(roles.write(doc, 0, part));
        out.tight(related.write(doc, 0, part));
        out.kept(part, "header");
    }

    void writeFooter(StrategyDocument doc, MarkdownOut out) {
        Part part = part(doc);
        out.block("---");
        out.block(lastUpdate.write(doc, 0, part));
        out.tight(nextReview.write(doc, 0, part));
        out.tight(owner.write(doc, 0, part));
        out.kept(part, "footer");
    }
}
