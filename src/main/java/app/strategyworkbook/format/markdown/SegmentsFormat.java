package app.strategyworkbook.format.markdown;

import static app.strategyworkbook.format.markdown.Fields.text;

import app.strategyworkbook.template.Placeholder;
import app.strategyworkbook.template.Template;
import app.strategyworkbook.format.markdown.Fields.ListField;
import app.strategyworkbook.format.markdown.Fields.TextField;
import app.strategyworkbook.model.CustomerSegment;
import app.strategyworkbook.model.Part;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;

/** "## Target Customer Segments": "### Primary Segment: name" blocks; every "###" here starts a segment. */
final class SegmentsFormat extends SectionFormat {
    /** The heading's word for a segment that has none of its own. */
    static final Placeholder LABEL = Template.SEGMENT_LABEL.placeholder();
    static final Placeholder NAME = Template.SEGMENT_NAME.placeholder();

    private static CustomerSegment segment(Object o) {
        return (CustomerSegment) o;
    }

    private final TextField who = text(Template.SEGMENT_WHO);
    private final ListField<String> painPoints = Fields.strings(Template.SEGMENT_PAIN_POINTS);
    private final TextField solution = text(Template.SEGMENT_SOLUTION);
    private final TextField revenue = text(Template.SEGMENT_REVENUE_MODEL);

    SegmentsFormat() {
        super(TemplateSection.SEGMENTS);
        fields(who, painPoints, solution, revenue);
    }

    @Override
    Part part(StrategyDocument doc) {
        return doc.getSegments();
    }

    @Override
    Object target(ReadContext ctx) {
        return ctx.current instanceof CustomerSegment s ? s : null;
    }

    @Override
    int index(ReadContext ctx) {
        // The segment being read is always the last one added, so its position is known without a search.
        return Math.max(0, ctx.doc.getSegments().getSegments().size() - 1);
    }

    /**
     * Segments written as a list of named items, before any "###" segment: "**Home makers** (62% of sales): 30–55,
     * homeowners", "1. **Agri-food businesses** — farms, cooperatives", "- Gas network operators – pay per sensor".
     * Each is a segment with that name and, as who they are, what the file says of it; one added is written as an item
     * like its neighbours.
     */
    @Override
    ListField<?> unlabelledList(ReadContext ctx) {
        if (ctx.current != null || !ctx.doc.getSegments().getSegments().isEmpty()) {
            return null;
        }
        return new NamedBullets.Field<CustomerSegment>(Template.SEGMENTS, Template.SEGMENT_NAME, Template.SEGMENT_WHO,
                o -> ((app.strategyworkbook.model.CustomerSegments) o).getSegments()) {
            @Override
            boolean read(org.commonmark.node.ListBlock block, Object target, ReadContext ctx, boolean continues) {
                if (!super.read(block, ctx.doc.getSegments(), ctx, continues)) {
                    return false;
                }
                // Written whole again, the segments stay a list: as "###" blocks, a heading of the file's own kept
                // after them would be read as one more segment.
                ctx.doc.getSegments().spell(LISTED, marker(ctx, ctx.doc.getSegments().getSegments()), "");
                return true;
            }
        };
    }

    /** The spelling that says the file lists its segments as items of a list, and with which marker. */
    private static final String LISTED = "segments:list";

    private static boolean listed(StrategyDocument doc) {
        return !doc.getSegments().spelling(LISTED, "").isEmpty();
    }

    /** Once the segments are a list, a "###" here is the file's own heading, not a segment. */
    @Override
    boolean recognizes(String headingText, ReadContext ctx) {
        var read = ctx.origin.lists.get(ctx.doc.getSegments().getSegments());
        return read == null || read.shape != MarkdownOrigin.Shape.LIST;
    }

    @Override
    boolean recognizes(String headingText) {
        return true;
    }

    @Override
    void enter(String headingText, ReadContext ctx) {
        CustomerSegment segment = new CustomerSegment();
        String text = headingText.strip();
        int colon = Escapes.labelColon(text);
        String name = colon < 0 ? text : text.substring(colon + 1).strip();
        segment.setLabel(colon < 0 ? "" : Escapes.uncolons(text.substring(0, colon).strip()));
        // After a label the name is as written; with none, its colons were written as text (see writeItem).
        segment.setName(NAME.read(colon < 0 ? Escapes.uncolons(name) : name, 0));
        ctx.doc.getSegments().getSegments().add(segment);
        ctx.inHeading(segment.nameProperty(), name, false,
                colon < 0 ? MarkdownOrigin.Place.BEFORE_LABEL_COLON : MarkdownOrigin.Place.HEADING);
        ctx.inHeading(segment.labelProperty(), colon < 0 ? "" : text.substring(0, colon).strip(), true,
                MarkdownOrigin.Place.BEFORE_LABEL_COLON);
        ctx.itemStarts(ctx.doc.getSegments().getSegments(), segment, segment.labelProperty(), this);
        ctx.current = segment;
        ctx.at(segment, "#");
    }

    @Override
    void write(StrategyDocument doc, MarkdownOut out) {
        Part section = part(doc);
        writeHeading(out, part(doc));
        out.kept(section, "#");
        var segments = doc.getSegments().getSegments();
        if (listed(doc)) {
            String items = new NamedBullets.Field<CustomerSegment>(Template.SEGMENTS, Template.SEGMENT_NAME,
                    Template.SEGMENT_WHO, o -> ((app.strategyworkbook.model.CustomerSegments) o).getSegments())
                    .write(doc.getSegments(), doc.getSegments().spelling(LISTED, ""));
            if (items != null) {
                out.block(items);
            }
            out.keptRest(section);
            return;
        }
        for (int i = 0; i < segments.size(); i++) {
            writeItem(out, segments.get(i), i);
        }
        out.keptRest(section);
    }

    @Override
    void writeItem(MarkdownOut out, Object item, int i) {
        CustomerSegment s = (CustomerSegment) item;
        boolean unlabelled = out.sparse && s.getLabel().isEmpty();
        String name = NAME.write(s.getName(), 0);
        String label = unlabelled ? "" : Escapes.colons(LABEL.write(s.getLabel(), i)) + ": ";
        out.block("### " + label + Escapes.heading(unlabelled ? Escapes.colons(name) : name));
        out.kept(s, "#");
        writeText(out, who, s, i, true, s);
        writeList(out, painPoints, s, true, s);
        writeText(out, solution, s, false, s);
        writeText(out, revenue, s, false, s);
        out.keptRest(s);
    }
}
