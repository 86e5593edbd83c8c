package app.strategyworkbook.format.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Changes to a file's text, each replacing one stretch of it: what a source-preserving save makes. Everything outside
 * the stretches is copied byte for byte. A stretch rebuilt as a whole (pillars in a new order) takes the changes
 * inside it with it, so no change is made twice.
 */
final class SourceEdits {
    /** One change: the text from {@code start} to {@code end} becomes {@code text}. */
    record Edit(int start, int end, String text) {
    }

    private final String source;
    private final List<Edit> edits = new ArrayList<>();

    SourceEdits(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    /** Replaces the text from {@code start} to {@code end}; an insertion has start == end. */
    void replace(int start, int end, String text) {
        if (start == end && text.isEmpty() || start != end && source.substring(start, end).equals(text)) {
            return;
        }
        edits.add(new Edit(start, end, text));
    }

    /**
     * The text from {@code start} to {@code end} with the changes inside it made, and those changes then taken out:
     * the caller puts the result in a change of its own (an item moved with the edits made in it).
     */
    String take(int start, int end) {
        List<Edit> inside = new ArrayList<>();
        for (Edit edit : edits) {
            // An insertion right at the stretch's start stands before it; one at its end adds to it.
            boolean before = edit.start() == edit.end() && edit.start() == start && start < end;
            if (edit.start() >= start && edit.end() <= end && !before) {
                inside.add(edit);
            }
        }
        edits.removeAll(inside);
        return apply(source, start, end, inside);
    }

    /** The whole text with every change made. */
    String result() {
        return apply(source, 0, source.length(), edits);
    }

    private static String apply(String source, int start, int end, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        // Insertions at one place keep the order they were made in; a replacement comes after insertions at its start.
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(e -> e.end() == e.start() ? 0 : 1));
        StringBuilder out = new StringBuilder();
        int at = start;
        for (Edit edit : sorted) {
            if (edit.start() < at) {
                throw new IllegalStateException("Overlapping changes at " + edit.start() + ": " + sorted);
            }
            out.append(source, at, edit.start()).append(edit.text());
            at = edit.end();
        }
        out.append(source, at, end);
        return out.toString();
    }
}
