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

    void block(String text) {
        if (out.length() > 0) {
            out.append("\n\n");
        }
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
                block(kept.getMarkdown());
                afterKept = true;
            }
        }
    }

    /** Writes the part's kept text whose anchor no writer reached (a field that no longer exists). */
    void keptRest(Part part) {
        Set<String> done = written.getOrDefault(part, Set.of());
        for (KeptBlock kept : part.getKept()) {
            if (!done.contains(kept.getAfter())) {
                block(kept.getMarkdown());
                afterKept = true;
            }
        }
    }

    String result(boolean crlf) {
        String text = out.append('\n').toString();
        return crlf ? text.replace("\n", "\r\n") : text;
    }
}
