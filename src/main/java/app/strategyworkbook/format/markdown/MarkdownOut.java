package app.strategyworkbook.format.markdown;

import app.strategyworkbook.model.KeptBlock;
import app.strategyworkbook.model.Part;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The Markdown being written, block by block, in the template's spacing: {@link #block} after a blank line,
 * {@link #tight} on the next line (a heading's first paragraph, a label's list). Kept text is written where its anchor
 * is reached, and whatever a writer never reached is written at the end of its part, so nothing can be left out.
 */
final class MarkdownOut {
    private final StringBuilder out = new StringBuilder();
    private final Map<Part, Set<String>> written = new HashMap<>();
    private boolean afterKept;
    /** Where the last block began: a label and the list written tight under it are one block here. */
    private int lastBlock;
    /**
     * Writing something new into a file the user has (a segment added): without the template's words for what is
     * left empty, which a full template writes as placeholders.
     */
    boolean sparse;

    /**
     * Ends a list above kept text that would otherwise join it: an empty comment, which shows nothing. Read again, it
     * is kept with the text after it, so it is written once.
     */
    static final String LIST_END = "<!-- -->";

    void block(String text) {
        if (out.length() > 0) {
            out.append("\n\n");
        }
        lastBlock = out.length();
        out.append(text);
        afterKept = false;
    }

    void tight(String text) {
        if (afterKept) {
            block(text);
            return;
        }
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(text);
    }

    void kept(Part part, String anchor) {
        written.computeIfAbsent(part, p -> new HashSet<>()).add(anchor);
        for (KeptBlock kept : part.getKept()) {
            if (kept.getAfter().equals(anchor)) {
                keptBlock(kept.getMarkdown());
            }
        }
    }

    private void keptBlock(String markdown) {
        boolean indented = markdown.startsWith(" ") || markdown.startsWith("\t");
        if (indented && out.length() > 0 && joinsBlockAbove(out.substring(lastBlock), markdown)) {
            // Indented text (a code block, say) under a list the app writes would read as part of its last item.
            block(LIST_END);
        }
        block(markdown);
        afterKept = true;
    }

    private static boolean joinsBlockAbove(String above, String markdown) {
        return blocks(above + "\n\n" + markdown) < blocks(above) + blocks(markdown);
    }

    private static int blocks(String markdown) {
        int count = 0;
        for (var n = MarkdownStrategyFormat.PARSER.parse(markdown).getFirstChild(); n != null; n = n.getNext()) {
            count++;
        }
        return count;
    }

    /** Writes the part's kept text whose anchor no writer reached (a field that no longer exists). */
    void keptRest(Part part) {
        Set<String> done = written.getOrDefault(part, Set.of());
        for (KeptBlock kept : part.getKept()) {
            if (!done.contains(kept.getAfter())) {
                keptBlock(kept.getMarkdown());
            }
        }
    }

    String result(boolean crlf) {
        String text = out.append('\n').toString();
        return crlf ? text.replace("\n", "\r\n") : text;
    }
}
