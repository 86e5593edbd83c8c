package app.strategyworkbook.format.markdown;

import app.strategyworkbook.template.DocumentPart;
import app.strategyworkbook.template.Headings;
import app.strategyworkbook.template.Placeholder;
import app.strategyworkbook.template.Subheading;
import app.strategyworkbook.template.Template;
import app.strategyworkbook.format.markdown.Fields.LabelField;
import app.strategyworkbook.format.markdown.Fields.ListField;
import app.strategyworkbook.format.markdown.Fields.TextField;
import app.strategyworkbook.model.Part;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.StringProperty;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * How one "##" section of the template is read and written. A section declares its labelled fields once
 * ({@link #fields}); the generic reading of label paragraphs and the lists they announce lives here, and each
 * section adds its subheadings, its unlabelled paragraphs and lists, its tables, and its writing in template order.
 */
abstract class SectionFormat {
    final TemplateSection section;
    final String key;
    final String heading;
    private final Map<String, LabelField> byLabel = new HashMap<>();

    /** A section of the template; the names files give it are the catalogue's ({@link Template#sectionNames}). */
    SectionFormat(TemplateSection section) {
        this(section.key(), section.heading(), section);
    }

    /** The part of the document outside every section (title, header, footer) has no template section. */
    SectionFormat(String key, String heading, TemplateSection section) {
        this.section = section;
        this.key = key;
        this.heading = heading;
    }

    /** Declares the section's labelled fields; call from the constructor. */
    final void fields(LabelField... fields) {
        for (LabelField field : fields) {
            byLabel.put(Fields.normalize(field.label()), field);
            field.aliases().forEach(a -> byLabel.put(Fields.normalize(a), field));
            byAnchor.putIfAbsent(field.anchor(), field);
        }
    }

    private final Map<String, LabelField> byAnchor = new HashMap<>();
    private final Map<String, ListField<?>> unlabelled = new HashMap<>();

    /** Declares a list the section reads with no label, straight under its subheading (the values, the principles). */
    final void unlabelled(ListField<?> list) {
        unlabelled.put(list.anchor(), list);
    }

    /**
     * The Markdown of one field of {@code owner} (this section's part, or one of its pillars), written as the template
     * writes it, for a file that lacks the field: a label's line, a label and its list, the table, or a paragraph under
     * its heading. Null where the field is written as part of something else.
     */
    String writeField(app.strategyworkbook.template.TemplateField field, Object owner, Part spelledIn,
                      java.util.function.Predicate<app.strategyworkbook.template.TemplateField> inFile) {
        return writeField(field, owner, spelledIn);
    }

    String writeField(app.strategyworkbook.template.TemplateField field, Object owner, Part spelledIn) {
        if (SpeakerNotes.isNotes(field)) {
            return SpeakerNotes.write(field.text(owner).get());
        }
        LabelField labelled = byAnchor.get(field.key());
        if (labelled instanceof TextField text) {
            return text.write(owner, 0, spelledIn);
        }
        if (labelled instanceof ListField<?> list) {
            MarkdownOut out = new MarkdownOut();
            writeList(out, list, owner, false, spelledIn);
            return out.result(false);
        }
        if (table() != null && table().anchor().equals(field.key())) {
            return table().write(owner);
        }
        ListField<?> list = unlabelled.get(field.key());
        if (list != null && field.subheading() != null && heading(field.subheading().key()) != null) {
            String items = list.write(owner);
            return items == null ? null : "### " + heading(field.subheading().key()) + "\n\n" + items;
        }
        if (field.kind() == app.strategyworkbook.template.Kind.PARAGRAPH && field.parent() == null
                && field.subheading() != null && heading(field.subheading().key()) != null) {
            return "### " + heading(field.subheading().key()) + "\n\n" + Escapes.escapeLines(field.text(owner).get(), 0);
        }
        return null;
    }

    /** The normalised labels this section knows. */
    java.util.Set<String> labels() {
        return byLabel.keySet();
    }

    abstract Part part(StrategyDocument doc);

    /** The object the section's fields are read into: the section, or the pillar / segment being read. */
    Object target(ReadContext ctx) {
        return part(ctx.doc);
    }

    /** The position of the pillar or segment being read, for placeholders that count ("[Description]"). */
    int index(ReadContext ctx) {
        return 0;
    }

    /** The field a label names, as written or by either side of a " / " ("Eier / owner"). */
    LabelField field(String label) {
        LabelField field = byLabel.get(Fields.normalize(label));
        int slash = label.indexOf('/');
        if (field != null || slash < 0) {
            return field;
        }
        for (String side : label.split("/")) {
            field = byLabel.get(Fields.normalize(side));
            if (field != null) {
                return field;
            }
        }
        return null;
    }

    private final Map<String, String> subheadings = new HashMap<>();
    /** Each fixed subheading's heading as the template writes it, by key. */
    private final Map<String, String> templateHeadings = new HashMap<>();

    /** Declares the section's fixed "###" subheadings, as the catalogue has them; call from the constructor. */
    final void subheadings() {
        for (Subheading sub : Template.subheadings(DocumentPart.of(section))) {
            templateHeadings.putIfAbsent(sub.key(), sub.heading());
            subheadings.put(Fields.normalize(sub.heading()), sub.key());
            sub.aliases().forEach(a -> subheadings.put(Fields.normalize(a), sub.key()));
        }
    }

    /** Whether the section has the fixed subheading {@code key}. */
    final boolean hasSubheading(String key) {
        return templateHeadings.containsKey(key);
    }

    /** A fixed subheading as the template writes it. */
    final String heading(String key) {
        return templateHeadings.get(key);
    }

    /** Whether a "###" (or deeper) heading inside this section is one the section knows. */
    boolean recognizes(String headingText) {
        return subheadingKey(headingText) != null;
    }

    /** The same, where what the reader has read so far decides (a risk block after a risk table is not one). */
    boolean recognizes(String headingText, ReadContext ctx) {
        return recognizes(headingText);
    }

    /**
     * The key of the fixed subheading this heading is ("investment"), however it is worded ({@link Headings}); null
     * for a heading that starts an item of its own (a pillar, a segment), of which there may be any number.
     */
    String subheadingKey(String headingText) {
        if (subheadings.isEmpty()) {
            return null;
        }
        for (String form : Headings.candidates(headingText)) {
            String key = subheadings.get(form);
            if (key != null) {
                return key;
            }
        }
        var meaning = Headings.meaning(headingText);
        return meaning.isPresent() && meaning.get().subheading() != null && section != null
                && meaning.get().part() == DocumentPart.of(section) ? meaning.get().subheading().key() : null;
    }

    /**
     * Whether a line in bold alone ("**Priority 1 \\- Win the pub**") starts an item of this section (a pillar, a risk),
     * in a file that heads its sections with such lines. Only a line shaped as the section's items are headed counts:
     * bold lines are text as often as headings.
     */
    boolean recognizesBoldLine(String text, ReadContext ctx) {
        return false;
    }

    /** Enters a known subheading; called only when {@link #recognizes} said yes. */
    void enter(String headingText, ReadContext ctx) {
        enterSubheading(subheadingKey(headingText), headingText, ctx);
    }

    /** Enters the fixed subheading {@code key}, which the file words as {@code headingText}. */
    void enterSubheading(String key, String headingText, ReadContext ctx) {
        if (ctx.headingLine >= 0) {
            ctx.origin.subheadingEnds.computeIfAbsent(part(ctx.doc), p -> new HashMap<>())
                    .putIfAbsent(key, ctx.origin.lineEnd(ctx.headingLine));
        }
        ctx.sub = key;
        ctx.at(part(ctx.doc), "#" + ctx.sub);
        part(ctx.doc).spell("#" + ctx.sub, headingText, templateHeadings.get(ctx.sub));
    }

    /** The section's own "## " heading, as the file spelled it. */
    final void writeHeading(MarkdownOut out, Part part) {
        out.block("## " + spelled(part, "#", heading));
        if (part instanceof app.strategyworkbook.model.Section section) {
            notes(out, section.getNotes());
        }
    }

    /** Speaker notes right under a heading, when there are any. */
    static void notes(MarkdownOut out, String notes) {
        if (!notes.isEmpty()) {
            out.block(SpeakerNotes.write(notes));
        }
    }

    /** A heading as the file spelled it (escaped as a heading's text must be), else as the template does. */
    static String spelled(Part part, String place, String template) {
        String asWritten = part.spelling(place, template);
        return asWritten.equals(template) ? template : Escapes.heading(asWritten);
    }

    /** Writes a fixed subheading and the text kept right under it. */
    static void subheading(MarkdownOut out, String heading, String key, Part part) {
        out.block("### " + spelled(part, "#" + key, heading));
        out.kept(part, "#" + key);
    }

    /** A paragraph with no label in it; false leaves it to be kept. */
    boolean placeText(Paragraph paragraph, String text, ReadContext ctx) {
        return false;
    }

    /** A list no label announced; false leaves it to be kept. */
    ListField<?> unlabelledList(ReadContext ctx) {
        return null;
    }

    /** The same, for a section that looks at the list itself, or at what comes after it, to decide. */
    ListField<?> unlabelledList(ListBlock list, ReadContext ctx) {
        return unlabelledList(ctx);
    }

    boolean placeTable(TableBlock table, ReadContext ctx) {
        return false;
    }

    /**
     * Reads the section's table from the first table of its kind, even one without rows; a later one is kept as
     * written (filling the rows from a second table would drop the first one's header, and its words).
     */
    final boolean placeTableOnce(TableField<?> field, TableBlock table, ReadContext ctx) {
        String met = "table:" + this.key + "#" + field.anchor();
        if (ctx.placesMet.contains(met)) {
            if (field.ofThisKind(table, ctx.src)) {
                // A second table of the kind is kept right after the first, as the app writes it. Kept where it
                // stood, it could come before the first on the next save, and be read as the first.
                ctx.placed(field.anchor());
            }
            return false;
        }
        if (!field.read(table, tableOwner(ctx), ctx.src, ctx.origin)) {
            return false;
        }
        ctx.placesMet.add(met);
        ctx.placed(field.anchor());
        for (int line : field.totalLines) {
            // A "**Total**" row sums the rows: no row of its own, it stays under them as written.
            ctx.keepText(ctx.src.lines(line, line), line, line);
        }
        return true;
    }

    /** What the section's table is read into: the section itself, unless overridden. */
    Object tableOwner(ReadContext ctx) {
        return target(ctx);
    }

    /** The section's table, where it has one. */
    TableField<?> table() {
        return null;
    }

    abstract void write(StrategyDocument doc, MarkdownOut out);

    /** Writes one pillar, segment or group at {@code index}, for sections that have such; others have none. */
    void writeItem(MarkdownOut out, Object item, int index) {
        throw new UnsupportedOperationException(key + " has no items");
    }

    /** Writes an item added since the file was read, in the way the file wrote {@code like}, its neighbour. */
    void writeItemLike(MarkdownOut out, Object item, int index, Object like) {
        writeItem(out, item, index);
    }

    /** Places a block of this section, or returns false so the reader keeps it where it stands. */
    final boolean place(Node block, ReadContext ctx) {
        if (block instanceof Paragraph p) {
            ListField<?> before = ctx.lastList;
            ctx.lastList = null;
            return placeParagraph(p, ctx, before);
        }
        if (block instanceof ListBlock list) {
            boolean continues = ctx.lastList != null && ctx.anchor.equals(ctx.lastList.anchor());
            ListField<?> field = continues ? ctx.lastList : ctx.expect != null ? ctx.expect : unlabelledList(list, ctx);
            if (field == null || !field.read(list, target(ctx), ctx, continues)) {
                return false;
            }
            ctx.placed(field.anchor());
            ctx.lastList = field;
            return true;
        }
        if (block instanceof TableBlock table) {
            return placeTable(table, ctx);
        }
        return false;
    }

    /**
     * Reads a paragraph of labelled lines. {@code listBefore} is the list just read: a paragraph that holds only
     * header lines found below the sections (written in the header, not here) does not end it, because on the next
     * read nothing will stand between that list and the next.
     */
    private boolean placeParagraph(Paragraph p, ReadContext ctx, ListField<?> listBefore) {
        List<LabelParagraph.Entry> entries = entries(p, ctx);
        if (entries.size() == 1 && entries.get(0).label() == null) {
            return offerText(p, entries.get(0), ctx);
        }
        boolean writtenElsewhere = listBefore != null && writtenElsewhere(entries, ctx, false);
        for (LabelParagraph.Entry entry : entries) {
            LabelField field = entry.label() == null ? null : lookup(entry.label(), ctx);
            if (field == null) {
                // Text before the first label ("One platform…" then "**Core Platform:**" on the next line) is read
                // as a paragraph of its own would be.
                boolean placed = entry.label() == null && offerText(p, entry, ctx);
                if (!placed) {
                    ctx.keepParagraphText(entry);
                }
                continue;
            }
            // The header's and footer's fields belong to the document, wherever in the file they stand.
            boolean documentField = DocumentFormat.FIELDS.field(entry.label()) == field;
            Object target = documentField ? ctx.doc : target(ctx);
            if (field instanceof Fields.MarkerField marker) {
                // A marker announces the table under it, once. Any other copy is kept where it stands: kept with the
                // marker instead, it would stand before the table and announce it again on the next read.
                boolean toCome = tableToCome(marker, ctx);
                String met = "marker:" + key + "#" + marker.anchor();
                boolean taken = ctx.placesMet.contains(met);
                if (entry.value().isEmpty() && toCome && ctx.placesMet.add(met)) {
                    ctx.at(home(ctx), field.anchor());
                    spellLabel(field, entry.label(), ctx.part);
                } else {
                    if ((taken || !toCome) && entry.value().isEmpty() && table() != null) {
                        // A bare copy of the marker after the one taken, or after its table, is kept after the
                        // table, which the app writes under the marker: kept before them, it would be read as the
                        // marker next time. One with text after it can never be the marker, and stays put.
                        ctx.at(home(ctx), table().anchor());
                    }
                    ctx.keepParagraphText(entry);
                }
                continue;
            }
            if (documentField) {
                // Text after a header line found below the sections stays where it was; moving it up with the
                // header would put it above every section.
                if (ctx.sectionsSeen == 0 || DocumentFormat.FIELDS.isFooterLabel(entry.label())) {
                    ctx.at(ctx.doc.getDocumentKept(), field.anchor());
                } else {
                    ctx.flush(); // what was kept before the line ends there: the line itself is not kept text
                }
            } else {
                ctx.at(home(ctx), field.anchor());
            }
            // The label of the copy taken is written back as the file spelled it.
            if (field instanceof TextField text) {
                StringProperty property = text.property().apply(target);
                String value = text.placeholder().read(entry.value(), index(ctx));
                Part spelledIn = documentField ? ctx.doc.getDocumentKept() : ctx.part;
                boolean kept = keptAsText(text, entry, target, spelledIn, ctx);
                boolean firstCopy = ctx.firstLabel(spelledIn, field);
                boolean metHere = ctx.labelMetBeforeIn(target, field);
                if (kept) {
                    ctx.keepParagraphText(entry);
                } else if (firstCopy || !value.isEmpty()) {
                    // Another copy with nothing in it, in the template's spelling, holds only the template's words
                    // and is let go.
                    property.set(value);
                    ctx.origin.value(property, ctx.origin.offset(entry.valueLine(), entry.valueColumn()),
                            ctx.origin.offset(entry.endLine(), entry.endColumn()), MarkdownOrigin.Place.LABEL);
                    ctx.origin.labelSeen(ctx.src.line(entry.valueLine()).substring(0, entry.valueColumn()));
                    spellAgain(text, entry.label(), spelledIn, ctx, text.placeholder().at(index(ctx)), metHere);
                }
            } else if (field instanceof ListField<?> list) {
                boolean filled = list.filled(target);
                if (!entry.value().isEmpty() || filled) {
                    ctx.keepParagraphText(entry);
                } else if (!ctx.firstLabel(ctx.part, field)) {
                    // The same label again with still no list: the list that follows goes to the field, under the
                    // first label, and this copy is kept after it as it stood.
                    ctx.keepParagraphText(entry);
                } else {
                    spellLabel(field, entry.label(), ctx.part);
                }
                if (!filled) {
                    ctx.expect = list;
                }
            }
        }
        if (writtenElsewhere) {
            ctx.lastList = listBefore;
        }
        return true;
    }

    /**
     * When {@code p} is a plain paragraph, with no label this section or the document reads in it, written as the
     * app writes a paragraph field's text, its text (unescaped) and where it ends; else null.
     */
    final Object[] plainText(Paragraph p, ReadContext ctx) {
        List<LabelParagraph.Entry> entries = entries(p, ctx);
        if (entries.size() != 1 || entries.get(0).label() != null) {
            return null;
        }
        LabelParagraph.Entry entry = entries.get(0);
        // Its lines follow the field's first line, and are escaped as lines after the first are.
        String text = Escapes.unescapeLines("\n" + entry.value(), 1).substring(1);
        if (!Escapes.escapeLines("\n" + text, 1).substring(1).equals(entry.value())) {
            // Written otherwise than the app writes a field's text ("**Budget:** Q3", a label the app has no field
            // for): a line of its own kind, kept as it stands, not text the next save would write another way.
            return null;
        }
        return new Object[] {text, ctx.origin.offset(entry.endLine(), entry.endColumn())};
    }

    /** Offers a paragraph's text with no label to the section ({@link #placeText}), saying where it stands. */
    private boolean offerText(Paragraph p, LabelParagraph.Entry entry, ReadContext ctx) {
        ctx.textStart = ctx.origin.offset(entry.valueLine(), entry.valueColumn());
        ctx.textEnd = ctx.origin.offset(entry.endLine(), entry.endColumn());
        try {
            return placeText(p, Escapes.unescapeLines(entry.value(), 0), ctx);
        } finally {
            ctx.textStart = -1;
            ctx.textEnd = -1;
        }
    }

    private List<LabelParagraph.Entry> entries(Paragraph p, ReadContext ctx) {
        // Lines of labels the app has no field for are told apart at the top of the file only, above every section,
        // where what is kept stays on every save: kept inside a section, such a line could be read as the section's
        // text next time, and one kept after the footer could be written where it joins other lines.
        return LabelParagraph.parse(p, ctx.src, l -> lookup(l, ctx) != null, l -> plainLookup(l, ctx) != null,
                ctx.sectionsSeen == 0 && ctx.sectionPart == null);
    }

    /**
     * A label this section reads written plainly ("Owner: …", no bold): the header's and footer's where the reader is
     * at the top of the file, right under a "---" or past the footer; and those of {@link #plainField}.
     */
    final LabelField plainLookup(String label, ReadContext ctx) {
        LabelField own = target(ctx) == null ? null : plainField(label, ctx);
        if (own != null) {
            return own;
        }
        return ctx.plainZone ? DocumentFormat.FIELDS.field(label) : null;
    }

    /** A label of this section's own that is read written plainly, where the reader is (a risk's "Impact:"). */
    LabelField plainField(String label, ReadContext ctx) {
        return null;
    }

    /**
     * Whether the paragraph holds only header lines found below the sections, or footer lines after the footer's
     * first ones, none of them kept as text where it stands: they are written in the header or footer, and the next
     * read will not meet them here. Whatever stood around them must then read as if they were not there (a "---"
     * above them).
     */
    final boolean writtenElsewhere(Paragraph p, ReadContext ctx, boolean footerToo) {
        return writtenElsewhere(entries(p, ctx), ctx, footerToo);
    }

    /**
     * For header lines alone unless {@code footerToo}: a list or an unknown heading's text that header lines split
     * reads as one without them, but a footer line ends the section, and takes what follows with it.
     */
    private boolean writtenElsewhere(List<LabelParagraph.Entry> entries, ReadContext ctx, boolean footerToo) {
        java.util.Set<LabelField> filled = new java.util.HashSet<>();
        for (LabelParagraph.Entry entry : entries) {
            LabelField field = entry.label() == null ? null : lookup(entry.label(), ctx);
            boolean footerLine = field != null && DocumentFormat.FIELDS.isFooterLabel(entry.label());
            if (!(field instanceof TextField text) || DocumentFormat.FIELDS.field(entry.label()) != field
                    || (footerLine ? !footerToo : ctx.sectionsSeen == 0) || !filled.add(field)
                    || keptAsText(text, entry, ctx.doc, ctx.doc.getDocumentKept(), ctx)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a field's line is kept as text where it stands: a field given a second time keeps its second text
     * right after it, so the first stays first; and another copy with still nothing in it (the first stays the
     * field's) is kept as it stood when it spells the label its own way.
     */
    private boolean keptAsText(TextField field, LabelParagraph.Entry entry, Object target, Part spelledIn,
                               ReadContext ctx) {
        if (!field.property().apply(target).get().isEmpty()) {
            return true;
        }
        boolean empty = field.placeholder().read(entry.value(), index(ctx)).isEmpty();
        return empty && ctx.labelMet(spelledIn, field) && !entry.label().equals(field.label());
    }

    /**
     * The part this section's own labels are written in: a pillar's, or the section's. A footer line met inside a
     * section's paragraph moved the reader to the document; the section's labels after it come back here, or their
     * spelling would be kept with the footer, which never writes them.
     */
    Part home(ReadContext ctx) {
        return ctx.current instanceof Part item ? item : part(ctx.doc);
    }

    /**
     * Spells the label as the copy that fills the field wrote it. An earlier copy that filled nothing ("**DescriptiOn:**
     * [What this pillar means]") and spelled the label its own way is kept after the field, as it read, or its words
     * would be lost; one in the template's spelling holds only the template's words and is let go. Several items can
     * share a part (a file's "### Risk:" blocks, each with its "Mitigation:"): a spelling met in another item is that
     * item's filled copy, not an earlier copy of this one's, and nothing of it is kept here.
     */
    private static void spellAgain(TextField field, String asWritten, Part part, ReadContext ctx, String placeholder,
                                   boolean metHere) {
        String earlier = part.getSpellings().get("**" + field.label());
        spellLabel(field, asWritten, part);
        if (earlier != null && metHere) {
            ctx.keepText("**" + earlier + ":** " + placeholder);
        }
    }

    /**
     * Remembers a label spelled the file's own way, in the part whose writing writes it: the part the reader is in
     * (a pillar's own labels in the pillar), or the document's for a header or footer line wherever it stood.
     */
    private static void spellLabel(LabelField field, String asWritten, Part part) {
        // Keyed by the template's label: several labels can share an anchor (the header's line of fields).
        part.spell("**" + field.label(), asWritten, field.label());
    }

    /** Whether the table a marker label announces is still unread; sections with such a label override this. */
    boolean tableToCome(Fields.MarkerField marker, ReadContext ctx) {
        return true;
    }

    /**
     * A label of this section, or else of the document's header and footer, which may stand anywhere. The section's
     * own labels count only where they have something to fill (inside a pillar, not above the first one).
     */
    LabelField lookup(String label, ReadContext ctx) {
        LabelField own = target(ctx) == null ? null : field(label);
        return own != null ? own : DocumentFormat.FIELDS.documentField(label, ctx);
    }

    // Writing helpers shared by the sections.

    static void writeText(MarkdownOut out, TextField field, Object target, boolean tight, Part part) {
        writeText(out, field, target, 0, tight, part);
    }

    static void writeText(MarkdownOut out, TextField field, Object target, int index, boolean tight, Part part) {
        String line = field.write(target, index, part);
        if (tight) {
            out.tight(line);
        } else {
            out.block(line);
        }
        out.kept(part, field.anchor());
    }

    /** A "**Label:**" line and its list straight under it. */
    static void writeList(MarkdownOut out, ListField<?> field, Object target, boolean tight, Part part) {
        String label = "**" + part.spelling("**" + field.label(), field.label()) + ":**";
        if (tight) {
            out.tight(label);
        } else {
            out.block(label);
        }
        String items = field.write(target);
        if (items != null) {
            out.tight(items);
        }
        out.kept(part, field.anchor());
    }

    /** A paragraph field: its text, or its placeholder when empty. */
    static String paragraph(String value, Placeholder placeholder) {
        return value.isEmpty() ? placeholder.at(0) : Escapes.escapeLines(value, 0);
    }
}
