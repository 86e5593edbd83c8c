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
    /** The known subheading the reader is under, or null. */
    String sub;
    /** How many of the template's sections the file had, to tell a strategy from any other Markdown. */
    int sectionsSeen;
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

    /** Whether {@link #firstLabel} has met the field's label in the part already. */
    boolean labelMet(Part part, Fields.LabelField field) {
        return labelsMet.getOrDefault(part, java.util.Set.of()).contains(field.label());
    }

    private Part runPart;
    private String runAnchor;
    private int runFrom = -1;
    private int runTo = -1;

    ReadContext(StrategyDocument doc, MarkdownSource src) {
        this.doc = doc;
        this.src = src;
        this.part = doc.getDocumentKept();
        this.anchor = "start";
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
            keepText(src.lines(from, to) + "\n" + code.getFenceCharacter().repeat(code.getOpeningFenceLength()));
            return;
        }
        if (block instanceof org.commonmark.node.HtmlBlock && block.getParent() instanceof org.commonmark.node.Document) {
            String raw = src.lines(from, to);
            String closing = UnclosedHtml.closing(raw);
            if (closing != null) {
                // An HTML comment (or <script>, <pre> …) left open runs to the end of the file, hiding everything
                // after it. Saved as it stands, it would swallow the sections the app writes after it; closed, it
                // keeps its words and hides nothing more.
                keepText(raw + "\n" + closing);
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
                keepText(Escapes.asOwnBlock(raw, block.getClass()));
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
    void keepParagraphText(String markdown) {
        keepText(Escapes.startsPlainly(markdown) ? markdown
                : Escapes.asOwnBlock(markdown, org.commonmark.node.Paragraph.class));
    }

    void keepText(String markdown) {
        flush();
        keepUnlessBlank(part, anchor, markdown);
    }

    void flush() {
        if (runFrom >= 0) {
            keepUnlessBlank(runPart, runAnchor, src.lines(runFrom, runTo));
            runFrom = -1;
        }
    }

    /**
     * Kept text without the blank lines at its ends, and none at all when it is only white space: a line of nothing
     * but a form feed, say, holds no word. Within text that has words, such a line stays: to Markdown it is not
     * blank, and it ties the lines around it into one block.
     */
    private static void keepUnlessBlank(Part part, String anchor, String markdown) {
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
