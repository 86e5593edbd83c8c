package app.strategyworkbook.format.markdown;

import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * The text of list items. An item's text is its source lines without the marker and indentation: everything inside
 * the item, nested lists included, so it is written back as it stood.
 */
final class ListItems {

    /** An item split into "name: rest"; name is empty when the item has no name. */
    record Split(String name, String rest) {
    }

    private ListItems() {
    }

    static String text(ListItem item, MarkdownSource src) {
        Node first = item.getFirstChild();
        if (first == null || first.getSourceSpans().isEmpty()) {
            return "";
        }
        int contentColumn = first.getSourceSpans().get(0).getColumnIndex();
        int from = MarkdownSource.firstLine(item);
        int to = MarkdownSource.lastLine(item);
        StringBuilder out = new StringBuilder();
        for (int line = from; line <= to; line++) {
            String text = src.line(line);
            if (line == from) {
                text = text.substring(Math.min(contentColumn, text.length()));
            } else {
                int strip = 0;
                while (strip < contentColumn && strip < text.length() && (text.charAt(strip) == ' ')) {
                    strip++;
                }
                text = text.substring(strip);
                out.append('\n');
            }
            out.append(text.stripTrailing());
        }
        return unescapeDelimiterLines(unescapeRuleLike(out.toString().strip()));
    }

    /**
     * Splits "**Name**: rest", "**Name:** rest" or "Name: rest". The bold forms are read from commonmark's inline tree;
     * a plain item splits at its first ": ". An item with no separator is all name, or, over several lines, its first
     * line is the name.
     */
    static Split split(ListItem item, String text) {
        // The item's first block holds the name: a paragraph, or a heading when a later line ("=") underlines it.
        Node p = item.getFirstChild();
        if ((p instanceof Paragraph || p instanceof Heading) && p.getFirstChild() instanceof StrongEmphasis strong
                && strong.getSourceSpans().size() == 1 && !p.getSourceSpans().isEmpty()) {
            SourceSpan span = strong.getSourceSpans().get(0);
            int offset = span.getColumnIndex() - p.getSourceSpans().get(0).getColumnIndex();
            if (offset == 0 && span.getLineIndex() == p.getSourceSpans().get(0).getLineIndex()
                    && span.getLength() >= 4 && text.length() >= span.getLength()) {
                String inner = text.substring(2, span.getLength() - 2);
                int after = span.getLength();
                if (strong.getNext() instanceof Text t && t.getLiteral().startsWith(":")) {
                    return new Split(Escapes.unname(inner).strip(), text.substring(after + 1).strip());
                }
                // "**Name:** rest": the colon inside the bold, unless it was escaped as part of the name.
                if (inner.endsWith(":") && !inner.endsWith("\\:") && inner.length() > 1) {
                    String name = inner.substring(0, inner.length() - 1);
                    return new Split(Escapes.unname(name).strip(), text.substring(after).strip());
                }
                if (strong.getNext() == null && text.length() == span.getLength()) {
                    return new Split(Escapes.unname(inner).strip(), "");
                }
            }
        }
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        int colon = text.indexOf(": ");
        if (colon < 0 || colon > firstLineEnd) {
            colon = text.substring(0, firstLineEnd).endsWith(":") ? firstLineEnd - 1 : -1;
        }
        if (colon < 0 && firstLineEnd < text.length()) {
            // A name is one line: the lines after it are its description, as they would be after a colon.
            return new Split(text.substring(0, firstLineEnd).strip(), text.substring(firstLineEnd + 1).strip());
        }
        if (colon < 0) {
            return new Split(text, "");
        }
        return new Split(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
    }

    /** An item made only of -, * or _ would turn "- --" into a thematic break, so it gets one backslash in front. */
    private static final java.util.regex.Pattern RULE_LIKE = java.util.regex.Pattern.compile("^\\\\*[-*_][-*_ \t]*$");

    /** Writes {@code text} after a list marker, with its further lines indented to stay inside the item. */
    static String item(String marker, String text) {
        String first = text.contains("\n") ? text.substring(0, text.indexOf('\n')) : text;
        String safe = RULE_LIKE.matcher(first).matches() ? "\\" + text : text;
        safe = DELIMITER_LINE.matcher(safe).replaceAll("$1\\\\$2");
        return marker + safe.replace("\n", "\n" + " ".repeat(marker.length())).replaceAll("\n +\n", "\n\n");
    }

    /**
     * A later line of an item that looks like a table's delimiter row ("|---|---|", with a pipe). Typed without indentation it
     * only continues the item's text, but indented inside the item, as the writer puts it, it would make the line
     * above a table header; it gets a backslash, which reading takes off again.
     */
    private static final java.util.regex.Pattern DELIMITER_LINE = java.util.regex.Pattern.compile(
            "(?m)(\\n)(\\\\*(?=[^\\n]*\\|)[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*)$");

    /** Undoes the backslash {@link #item} puts before a delimiter-like later line. */
    private static String unescapeDelimiterLines(String text) {
        // Only a later line that starts with a backslash can be one; most items have none, and the pattern is slow.
        if (!text.contains("\n\\")) {
            return text;
        }
        return ESCAPED_DELIMITER_LINE.matcher(text).replaceAll("$1$2");
    }

    private static final java.util.regex.Pattern ESCAPED_DELIMITER_LINE = java.util.regex.Pattern.compile(
            "(?m)(\\n\\\\*)\\\\((?=[^\\n]*\\|)[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*)$");

    /** Undoes the backslash {@link #item} puts before a rule-like item. */
    private static String unescapeRuleLike(String text) {
        String first = text.contains("\n") ? text.substring(0, text.indexOf('\n')) : text;
        return first.startsWith("\\") && RULE_LIKE.matcher(first).matches() ? text.substring(1) : text;
    }
}
