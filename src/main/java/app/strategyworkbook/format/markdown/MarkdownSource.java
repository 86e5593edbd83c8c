package app.strategyworkbook.format.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** The lines of a Markdown file, and the text behind commonmark's source spans. */
final class MarkdownSource {
    private final List<String> lines = new ArrayList<>();
    private final boolean crlf;

    MarkdownSource(String text) {
        int start = 0;
        boolean sawCrlf = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    sawCrlf = true;
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        this.crlf = sawCrlf;
    }

    boolean usesCrlf() {
        return crlf;
    }

    String line(int index) {
        return index < lines.size() ? lines.get(index) : "";
    }

    String text(SourceSpan span) {
        String line = lines.get(span.getLineIndex());
        int from = Math.min(span.getColumnIndex(), line.length());
        int to = Math.min(from + span.getLength(), line.length());
        return line.substring(from, to);
    }

    /** The text of the span's line from {@code column} to the end of the span. */
    String textFrom(SourceSpan span, int column) {
        String line = lines.get(span.getLineIndex());
        int end = Math.min(span.getColumnIndex() + span.getLength(), line.length());
        int from = Math.min(Math.max(column, span.getColumnIndex()), end);
        return line.substring(from, end);
    }

    static int firstLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? -1 : spans.get(0).getLineIndex();
    }

    static int lastLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? -1 : spans.get(spans.size() - 1).getLineIndex();
    }

    /** The whole lines a block stands on, as {@link #lines(int, int)} gives them. */
    String lines(org.commonmark.node.Node block) {
        return lines(firstLine(block), lastLine(block));
    }

    /** Whole lines {@code from}..{@code to} (inclusive), joined with '\n', trailing blank lines dropped. */
    String lines(int from, int to) {
        while (to >= from && isBlankLine(line(to))) {
            to--;
        }
        StringBuilder out = new StringBuilder();
        for (int i = from; i <= to; i++) {
            if (i > from) {
                out.append('\n');
            }
            out.append(stripTrailing(line(i)));
        }
        return out.toString();
    }

    /**
     * Spaces and tabs off both ends, as Markdown strips them from a line: other white space (a vertical tab, a form
     * feed) is text to Markdown and stays, where {@link String#strip()} would drop it.
     */
    static String stripSpaces(String line) {
        return stripTrailing(line.substring(indent(line)));
    }

    /**
     * Whether Markdown reads the line as blank: nothing but spaces and tabs. A line of a form feed is not, and joins
     * the lines around it into one block ("\f" then "-" is a heading), though {@link String#isBlank()} says it is.
     */
    static boolean isBlankLine(String line) {
        return indent(line) == line.length();
    }

    /** The spaces and tabs a line starts with. */
    static int indent(String line) {
        int at = 0;
        while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    /**
     * Trailing spaces and tabs only: other white space (a form feed) is text to Markdown, and a line of it is not
     * blank; dropping it would turn the line into a paragraph break on the next read.
     */
    static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        return line.substring(0, end);
    }
}
