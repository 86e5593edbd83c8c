package app.strategyworkbook.format.markdown;

import java.util.List;

import app.strategyworkbook.model.Part;
import app.strategyworkbook.model.StrategyDocument;
import org.commonmark.node.Node;

/**
 * Where the reader stands: the part and field that text it cannot place belongs after, and what a label just announced.
 * Consecutive blocks it cannot place are kept as one run of source lines, blank lines and all, so they come back as
 * they were.
 */
final class ReadContext {
    final StrategyDocument doc;
    final MarkdownSource src;
    Part part;
    String anchor;
    /** A label such as "**Key Initiatives:**" waiting for the list that follows it. */
    Fields.ListField<?> expect;
    /** The list just read, which a list straight after it continues (a change of bullet marker splits a list). */
    Fields.ListField<?> lastList;
    /** The pillar, segment, horizon or guidance group being read, where the section has such. */
    Object current;
    /** Whether the item being read is a row of a table written as a block of its own (a "### Risk: …"). */
    boolean rowItem() {
        return current instanceof app.strategyworkbook.model.TableRow
                || current instanceof app.strategyworkbook.model.NamedItem;
    }

    /** The known subheading the reader is under, or null. */
    String sub;
    /**
     * Whether the header's and footer's labels are read written plainly ("Owner: …") in the block being placed: at the
     * top of the file, before any section; right under a "---"; and past the footer.
     */
    boolean plainZone;
    /** How many of the template's sections the file had so far. */
    int sectionsSeen;
    /** The file's own "##" headings read as a part of the template, and those kept as written, in their order. */
    final List<String> headingsPlaced = new java.util.ArrayList<>();
    final List<String> headingsKept = new java.util.ArrayList<>();
    /**
     * The places a file may give only once, met so far: sections, fixed subheadings, a section's table and its
     * marker label, TAM/SAM/SOM. One given a second time is kept as written instead of read again.
     */
    final java.util.Set<String> placesMet = new java.util.HashSet<>();

    /** The labels met so far, by the part (a pillar, a section) whose field they name. */
    private final java.util.Map<Part, java.util.Set<String>> labelsMet = new java.util.IdentityHashMap<>();

    /** Whether this is the first time the label of {@code field} is met in {@code part}; from now on it is met. */
    boolean firstLabel(Part part, Fields.LabelField field) {
        return labelsMet.computeIfAbsent(part, p -> new java.util.HashSet<>()).add(field.label());
    }

    /**
     * Whether a "###" heading of this text, met in the section being read, names a section or a part of one that the
     * reader would go into there; set by the reader, which knows the file's own top-level headings.
     */
    java.util.function.Predicate<String> entersSection = text -> true;

    /** Labels met in each thing read into (a risk, a pillar, a section): several risks share one part. */
    private final java.util.Map<Object, java.util.Set<String>> labelsMetIn = new java.util.IdentityHashMap<>();

    /** Whether the label of {@code field} was met before in {@code target} itself; from now on it is met. */
    boolean labelMetBeforeIn(Object target, Fields.LabelField field) {
        return !labelsMetIn.computeIfAbsent(target, t -> new java.util.HashSet<>()).add(field.label());
    }

    /** Whether {@link #firstLabel} has met the field's label in the part already. */
    boolean labelMet(Part part, Fields.LabelField field) {
        return labelsMet.getOrDefault(part, java.util.Set.of()).contains(field.label());
    }

    private Part runPart;
    private String runAnchor;
    private int runFrom = -1;
    private int runTo = -1;

    /** Where each value read stood in the file, for a save that changes only what was edited. */
    final MarkdownOrigin origin;
    /** The section being read, whose text runs on to the last block read in it. */
    Part sectionPart;
    /**
     * The footer was met, and no heading since: what follows it (a closing comment) is not the last section's or
     * pillar's text, and stays where it is when they move.
     */
    boolean pastFooter;
    /**
     * The stretch of the paragraph text being offered to a section ({@link SectionFormat#placeText}): a section that
     * takes it for a field says so with {@link #took}.
     */
    int textStart = -1;
    int textEnd = -1;

    ReadContext(StrategyDocument doc, MarkdownSource src, MarkdownOrigin origin) {
        this.doc = doc;
        this.src = src;
        this.origin = origin;
        this.part = doc.getDocumentKept();
        this.anchor = "start";
    }

    /** The heading being read: its line, and where its text stands (-1 when it is not one stretch of one line). */
    int headingLine = -1;
    int headingStart = -1;
    int headingEnd = -1;

    /**
     * {@code field}'s value is a part of the heading being read (a pillar's name in "### Pillar 2: Trust"): an edit of it
     * is written there. Found as typed; a part written with escapes is left to the heading as a whole.
     */
    void inHeading(javafx.beans.property.StringProperty field) {
        inHeading(field, field.get(), false);
    }

    /**
     * The same, where the heading has the value as {@code asWritten} (its placeholder, when the value is empty), found
     * first from the heading's start when {@code first} (a segment's label before its name), else from its end.
     */
    void inHeading(javafx.beans.property.StringProperty field, String asWritten, boolean first) {
        inHeading(field, asWritten, first, MarkdownOrigin.Place.HEADING);
    }

    void inHeading(javafx.beans.property.StringProperty field, String asWritten, boolean first,
                   MarkdownOrigin.Place place) {
        String value = asWritten;
        if (headingStart < 0 || value.isEmpty()) {
            return;
        }
        String heading = origin.text.substring(headingStart, headingEnd);
        int at = first ? heading.indexOf(value) : heading.lastIndexOf(value);
        if (at >= 0) {
            origin.value(field, headingStart + at, headingStart + at + value.length(), place);
        }
    }

    /**
     * The pillar, segment or group {@code item} of {@code list} starts at the heading being read: its text runs from
     * there to its last block. The heading up to {@code named}'s value is kept with it (its number is renumbered when
     * items move).
     */
    void itemStarts(javafx.collections.ObservableList<?> list, Object item, javafx.beans.property.StringProperty named,
                    SectionFormat format) {
        if (headingLine < 0) {
            return;
        }
        int start = origin.offset(headingLine, 0);
        int end = origin.lineEnd(headingLine);
        MarkdownOrigin.Spot name = named == null ? null : origin.values.get(named);
        int contentStart = name != null ? name.start() : headingStart >= 0 ? headingStart : start;
        MarkdownOrigin.Rows rows = origin.rows(list, MarkdownOrigin.Shape.BLOCKS, start, end);
        rows.format = format;
        origin.startItem(rows, new MarkdownOrigin.Row(item, start, end, origin.text.substring(start, contentStart),
                contentStart, java.util.List.of()));
    }

    /** The paragraph text being offered was read into {@code field}: a save writes an edit of it in its place. */
    void took(javafx.beans.property.StringProperty field) {
        if (textStart >= 0) {
            origin.value(field, textStart, textEnd, MarkdownOrigin.Place.PARAGRAPH);
        }
    }

    /**
     * The paragraph field under its own heading ("### Vision") whose text the block just read was, and where that
     * text starts: plain paragraphs straight after it are more of its text ({@link #continues}). Null after any
     * other block.
     */
    javafx.beans.property.StringProperty paragraphs;
    private int paragraphsStart = -1;

    /**
     * {@link #took}, for a paragraph field under its own heading, whose text runs on over the plain paragraphs that
     * follow it: the app writes a text of several paragraphs so, and must read it back whole.
     */
    void tookParagraphs(javafx.beans.property.StringProperty field) {
        took(field);
        if (textStart >= 0 && !field.get().isEmpty()) {
            paragraphs = field;
            paragraphsStart = textStart;
        }
    }

    /**
     * Adds a plain paragraph's text ({@code text}, unescaped, ending at {@code end}) to the paragraph field the block
     * before it was: the field's text, blank lines and all, is one stretch of the file, which an edit replaces whole.
     */
    void continues(String text, int end) {
        paragraphs.set(paragraphs.get() + "\n\n" + text);
        origin.value(paragraphs, paragraphsStart, end, MarkdownOrigin.Place.PARAGRAPH);
    }

    /** The block just read belongs to the section, and to the pillar or segment, being read. */
    void extend(Node block) {
        int last = MarkdownSource.lastLine(block);
        if (last < 0 || pastFooter) {
            return;
        }
        int end = origin.lineEnd(last);
        if (sectionPart != null) {
            origin.extendPart(sectionPart, end);
        }
        if (current != null) {
            origin.extendItem(current, end);
        }
    }

    void at(Part part, String anchor) {
        flush();
        this.part = part;
        this.anchor = anchor;
        this.expect = null;
        this.lastList = null;
    }

    /** A field was filled from the file: later unplaced text stands after it. */
    void placed(String anchor) {
        flush();
        this.anchor = anchor;
        this.expect = null;
        this.lastList = null;
    }

    void keep(Node block) {
        int from = MarkdownSource.firstLine(block);
        int to = MarkdownSource.lastLine(block);
        if (block instanceof org.commonmark.node.FencedCodeBlock code && code.getParent() instanceof org.commonmark.node.Document
                && code.getClosingFenceLength() == null && code.getOpeningFenceLength() != null) {
            // A code fence left open runs to the end of the file, like an open comment: closed on save, it keeps its
            // lines and hides nothing written after it.
            keepText(src.lines(from, to) + "\n" + code.getFenceCharacter().repeat(code.getOpeningFenceLength()), from,
                    to);
            return;
        }
        if (block instanceof org.commonmark.node.HtmlBlock && block.getParent() instanceof org.commonmark.node.Document) {
            String raw = src.lines(from, to);
            String closing = UnclosedHtml.closing(raw);
            if (closing != null) {
                // An HTML comment (or <script>, <pre> …) left open runs to the end of the file, hiding everything
                // after it. Saved as it stands, it would swallow the sections the app writes after it; closed, it
                // keeps its words and hides nothing more.
                keepText(raw + "\n" + closing, from, to);
                return;
            }
        }
        boolean canContinueParagraph = block instanceof org.commonmark.ext.gfm.tables.TableBlock
                || block instanceof org.commonmark.node.Paragraph
                || block instanceof org.commonmark.node.Heading h && h.getSourceSpans().size() > 1;
        if (canContinueParagraph && !canJoinRun(from)) {
            String raw = src.lines(from, to);
            boolean plain = !(block instanceof org.commonmark.ext.gfm.tables.TableBlock) && Escapes.startsPlainly(raw);
            if (!plain && !Escapes.readsAs(raw, block.getClass())) {
                // The block's first line continued a paragraph kept apart from it: a table's header was a label's
                // last line ("2. Build …|"), or a paragraph or heading followed a link definition ("[x]: y" then
                // "2. Ship"). Kept as a block of its own, the line would open a list or code block instead.
                keepText(Escapes.asOwnBlock(raw, block.getClass()), from, to);
                return;
            }
        }
        keepLines(from, to);
    }

    /**
     * Whether lines kept now from {@code from} on would join the run of kept lines before them, and so keep the blank
     * lines between. Never across a line that was placed: a "---" kept late, after header lines below it were read
     * into the header, would otherwise take those lines into the run and keep them twice.
     */
    private boolean canJoinRun(int from) {
        if (runFrom < 0 || runPart != part || !runAnchor.equals(anchor)) {
            return false;
        }
        for (int line = runTo + 1; line < from; line++) {
            if (!MarkdownSource.isBlankLine(src.line(line))) {
                return false;
            }
        }
        return true;
    }

    void keepLines(int from, int to) {
        if (canJoinRun(from)) {
            runTo = Math.max(runTo, to);
            return;
        }
        flush();
        runPart = part;
        runAnchor = anchor;
        runFrom = from;
        runTo = to;
    }

    /** Lines of a paragraph kept as a block of their own, with a first line that opened no block kept so. */
    void keepParagraphText(LabelParagraph.Entry entry) {
        String markdown = entry.raw();
        keepText(Escapes.startsPlainly(markdown) ? markdown
                : Escapes.asOwnBlock(markdown, org.commonmark.node.Paragraph.class), entry.fromLine(), entry.toLine());
    }

    /** Text kept that the file does not have as it stands (a spelling's copy): a save has nothing to change there. */
    void keepText(String markdown) {
        keepText(markdown, -1, -1);
    }

    /** Lines {@code from}..{@code to} kept as {@code markdown}, which says them in a way that reads the same. */
    void keepText(String markdown, int from, int to) {
        flush();
        keepUnlessBlank(part, anchor, markdown, from, to);
    }

    void flush() {
        if (runFrom >= 0) {
            keepUnlessBlank(runPart, runAnchor, src.lines(runFrom, runTo), runFrom, runTo);
            runFrom = -1;
        }
    }

    /**
     * Kept text without the blank lines at its ends, and none at all when it is only white space: a line of nothing
     * but a form feed, say, holds no word. Within text that has words, such a line stays: to Markdown it is not
     * blank, and it ties the lines around it into one block.
     */
    private void keepUnlessBlank(Part part, String anchor, String markdown, int from, int to) {
        if (markdown.isBlank()) {
            return;
        }
        List<String> lines = new java.util.ArrayList<>(List.of(markdown.split("\n", -1)));
        while (!lines.isEmpty() && MarkdownSource.isBlankLine(lines.get(0))) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && MarkdownSource.isBlankLine(lines.get(lines.size() - 1))) {
            lines.remove(lines.size() - 1);
        }
        if (!lines.isEmpty()) {
            part.keep(anchor, String.join("\n", outdented(lines)));
            if (from >= 0) {
                // Where the text stood, without the blank lines at its ends, as it is kept.
                while (to > from && MarkdownSource.isBlankLine(src.line(to))) {
                    to--;
                }
                while (from < to && MarkdownSource.isBlankLine(src.line(from))) {
                    from++;
                }
                var block = part.getKept().get(part.getKept().size() - 1);
                origin.kept.put(block, new MarkdownOrigin.Spot(origin.offset(from, 0), origin.lineEnd(to),
                        MarkdownOrigin.Place.PARAGRAPH, block.getMarkdown()));
            }
        }
    }

    /**
     * The lines without the one to three spaces the first is indented by, taken off every line that has them, where
     * that reads as the same blocks. Kept text is written after a blank line, often under a list the app writes;
     * indented, it would join that list's last item on the next read. Text whose meaning hangs on its indentation
     * (a list inside a list indented differently, a code block after a paragraph) stays as it was.
     */
    private static List<String> outdented(List<String> lines) {
        String first = lines.get(0);
        int spaces = first.length() - first.stripLeading().length();
        if (spaces == 0 || spaces > 3 || !first.startsWith(" ".repeat(spaces))) {
            return lines; // four spaces or more make a code block, whose indentation is its meaning
        }
        String indent = " ".repeat(spaces);
        List<String> outdented = lines.stream()
                .map(line -> line.startsWith(indent) ? line.substring(spaces) : line).toList();
        return Escapes.readsSame(String.join("\n", lines), String.join("\n", outdented)) ? outdented : lines;
    }
}
