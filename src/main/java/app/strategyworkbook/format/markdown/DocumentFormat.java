package app.strategyworkbook.format.markdown;


import app.strategyworkbook.template.Template;
import app.strategyworkbook.template.TemplateField;
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

    final TextField status = field(Template.STATUS, "header");
    final TextField frequency = field(Template.UPDATE_FREQUENCY, "header");
    final TextField roles = field(Template.PRIMARY_ROLES, "header");
    final TextField related = field(Template.RELATED_DOCUMENTS, "header");
    final TextField lastUpdate = field(Template.LAST_MAJOR_UPDATE, "footer");
    final TextField nextReview = field(Template.NEXT_REVIEW, "footer");
    final TextField owner = field(Template.OWNER, "footer");
    final TextField approvedBy = field(Template.APPROVED_BY, "footer");

    /**
     * A header or footer line, read into the document (the header and footer lines are recognised wherever they
     * stand); the text a file keeps after any of them stands after the header or the footer as a whole.
     */
    private static TextField field(TemplateField field, String anchor) {
        return new TextField(field.label(), field.aliases(), anchor,
                d -> field.text(field.part().in(doc(d))), field.placeholder());
    }

    private DocumentFormat() {
        super("document", "", null);
        fields(status, frequency, roles, related, lastUpdate, nextReview, owner, approvedBy);
    }

    /**
     * The header or footer field a label names where the reader is. Inside a pillar, a segment or a risk, only the
     * template's own label names one ("**Strategy Owner:**"): there "**Owner**:" is that item's owner, which the
     * app has no field for, and is kept as written, not taken for the strategy's.
     */
    Fields.LabelField documentField(String label, ReadContext ctx) {
        Fields.LabelField field = field(label);
        boolean inItem = ctx.current != null && !ctx.plainZone;
        return field != null && inItem && !Fields.normalize(label).equals(Fields.normalize(field.label())) ? null
                : field;
    }

    boolean isFooterLabel(String label) {
        var field = field(label);
        return field == lastUpdate || field == nextReview || field == owner || field == approvedBy;
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
        if (!doc.getFooter().getApprovedBy().isEmpty()) {
            // Not a line of the template's: written where a file gave one, without a placeholder otherwise.
            out.tight(approvedBy.write(doc, 0, part));
        }
        out.kept(part, "footer");
    }
}
