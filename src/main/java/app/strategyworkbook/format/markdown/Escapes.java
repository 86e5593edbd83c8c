package app.strategyworkbook.format.markdown;

import java.util.regex.Pattern;

/**
 * The few escapes that let any text stand in a field without changing the document's structure, each undone exactly
 * on reading. Field text is Markdown as the user typed it; only these positions are touched:
 * <ul>
 *   <li>a line of a paragraph field that would start a block (a heading, list, quote, table, HTML or a link
 *   definition) gets one backslash in front, and reading removes one;</li>
 *   <li>in a table cell, "|" is written "\|" and a line break "&lt;br&gt;".</li>
 * </ul>
 */
final class Escapes {
    /** What would open a block if it began a line of a paragraph (the line may already carry our backslashes). */
    private static final Pattern BLOCK_START = Pattern.compile(
            "^(?:#{1,6}(?:\\s|$)|>|[-+*](?:\\s|$)|[-*_=][-*_= \\t]*$|[|: \\t]*-[-|: \\t]*$|<|```|~~~|\\[[^\\]]*\\]:)");
    private static final Pattern ORDERED_START = Pattern.compile("^(\\d{1,9})(\\\\*)([.)])(\\s|$)");

    private Escapes() {
    }

    /** A bold label at the start of a line, "**Label:**" or "**Label**:". */
    private static final Pattern LABEL_START = Pattern.compile("^(\\*\\*|__)(.+?)(\\1:|:\\1)");

    /** Every label the template's sections know, normalised; a line starting with one would be read as that field. */
    private static volatile java.util.Set<String> knownLabels = java.util.Set.of();

    static void knownLabels(java.util.Set<String> labels) {
        knownLabels = java.util.Set.copyOf(labels);
    }

    /** Escapes each line of a paragraph field from line {@code fromLine} on. */
    static String escapeLines(String text, int fromLine) {
        String[] lines = text.split("\n", -1);
        for (int i = fromLine; i < lines.length; i++) {
            lines[i] = startsDefinition(lines, i) ? "\\" + lines[i] : escapeLine(lines[i], i);
        }
        return String.join("\n", lines);
    }

    static String unescapeLines(String text, int fromLine) {
        String[] lines = text.split("\n", -1);
        for (int i = fromLine; i < lines.length; i++) {
            boolean escaped = lines[i].startsWith("\\") && startsDefinition(lines, i);
            lines[i] = escaped ? lines[i].substring(1) : unescapeLine(lines[i], i);
        }
        return String.join("\n", lines);
    }

    /**
     * A line starting "[" with a "]:" anywhere after it would be read as a link definition whose label spans lines,
     * and the paragraph would vanish. Such a line gets one backslash (links, "[text](url)", are left alone).
     */
    private static boolean startsDefinition(String[] lines, int at) {
        if (!withoutLeadingBackslashes(lines[at]).startsWith("[")) {
            return false;
        }
        for (int i = at; i < lines.length; i++) {
            if (lines[i].contains("]:")) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensBlockOrField(String rest) {
        if (BLOCK_START.matcher(rest).find()) {
            return true;
        }
        var label = LABEL_START.matcher(rest);
        return label.find() && knownLabels.contains(Fields.normalize(label.group(2)));
    }

    /** Line {@code index} of a value: escaped where it would start a block or another field. */
    static String escapeLine(String line, int index) {
        if (opensBlockOrField(withoutLeadingBackslashes(line))) {
            return "\\" + line;
        }
        int colon = labelColon(line, index);
        if (colon >= 0) {
            return line.substring(0, colon) + "\\" + line.substring(colon);
        }
        var ordered = ORDERED_START.matcher(line);
        if (ordered.find()) {
            return ordered.group(1) + "\\" + line.substring(ordered.group(1).length());
        }
        return line;
    }

    static String unescapeLine(String line, int index) {
        String rest = withoutLeadingBackslashes(line);
        if (rest.length() < line.length() && opensBlockOrField(rest)) {
            return line.substring(1);
        }
        int colon = labelColon(line, index);
        if (colon >= 0 && colon < line.length() && line.charAt(colon) == '\\') {
            return line.substring(0, colon) + line.substring(colon + 1);
        }
        var ordered = ORDERED_START.matcher(line);
        if (ordered.find() && !ordered.group(2).isEmpty()) {
            return ordered.group(1) + line.substring(ordered.group(1).length() + 1);
        }
        return line;
    }

    /** A bold label and the backslashes before its colon: "**Note:**" ("**Note\\:**" written) or "**Note**:". */
    private static final Pattern BOLD_INSIDE = Pattern.compile("^(\\*\\*|__)([^*_\\n]*?[^*_\\n\\\\])(\\\\*):\\1");
    private static final Pattern BOLD_OUTSIDE = Pattern.compile("^(\\*\\*|__)([^*_\\n]*?[^*_\\n\\\\])\\1(\\\\*):");
    /** A plain label ("Owner: …") and the backslashes before its colon. */
    private static final Pattern PLAIN_LABEL = Pattern.compile(
            "^([\\p{L}][\\p{L}\\p{M}\\p{N} '\u2019&/().-]{0,48}?)[ \\t]*(\\\\*):(?=[ \\t]|$)");

    /**
     * Where the backslashes before a label's colon start, in a line the reader could take for a label the section
     * does not know (a bold one after the value's first line: "**Approved by:**"), or for a field it reads plainly
     * ("Owner: …"); -1 for any other line. A backslash there writes the colon as text, which Markdown shows as the
     * same colon, and which reading takes off again.
     */
    private static int labelColon(String line, int index) {
        if (index >= 1) {
            for (Pattern bold : new Pattern[] {BOLD_INSIDE, BOLD_OUTSIDE}) {
                var m = bold.matcher(line);
                if (m.find() && !knownLabels.contains(Fields.normalize(m.group(2)))) {
                    return m.start(3);
                }
            }
        }
        var plain = PLAIN_LABEL.matcher(line);
        if (plain.find() && knownPlainly(plain.group(1).strip())) {
            return plain.start(2);
        }
        return -1;
    }

    /** Whether a label is one of the template's, as written or by either side of a " / " ("Eier / owner"). */
    private static boolean knownPlainly(String label) {
        if (knownLabels.contains(Fields.normalize(label))) {
            return true;
        }
        for (String side : label.split("/")) {
            if (label.contains("/") && knownLabels.contains(Fields.normalize(side))) {
                return true;
            }
        }
        return false;
    }

    private static final org.commonmark.renderer.html.HtmlRenderer HTML = org.commonmark.renderer.html.HtmlRenderer
            .builder().extensions(java.util.List.of(org.commonmark.ext.gfm.tables.TablesExtension.create())).build();

    /** Whether two texts read as the same blocks holding the same text: Markdown renders them the same. */
    static boolean readsSame(String markdown, String other) {
        return HTML.render(MarkdownStrategyFormat.PARSER.parse(markdown))
                .equals(HTML.render(MarkdownStrategyFormat.PARSER.parse(other)));
    }

    /** Whether the Markdown, read on its own, begins with a block of the given kind (a table, a paragraph…). */
    static boolean readsAs(String markdown, Class<?> kind) {
        return kind.isInstance(MarkdownStrategyFormat.PARSER.parse(markdown).getFirstChild());
    }

    /**
     * Whether the text starts with a letter or a bold label ("**Owner"), which can only begin a paragraph: most kept
     * text does, and needs no parsing to know it opens no other block.
     */
    static boolean startsPlainly(String markdown) {
        return !markdown.isEmpty() && (Character.isLetter(markdown.charAt(0)) || markdown.length() > 2
                && markdown.startsWith("**") && Character.isLetterOrDigit(markdown.charAt(2)));
    }

    /**
     * The lines as they read as a block of the given kind standing alone: as they are, or else with their first line
     * escaped ({@link #firstLineEscaped}) where that makes them so.
     */
    static String asOwnBlock(String markdown, Class<?> kind) {
        if (readsAs(markdown, kind)) {
            return markdown;
        }
        String escaped = firstLineEscaped(markdown);
        return readsAs(escaped, kind) ? escaped : markdown;
    }

    /**
     * Lines whose first would open another block where a block begins ("2. Build |", "-", an indented line, a
     * "&lt;tag&gt;"), though it only continued a paragraph where it stood: the first line without its indent, which
     * Markdown does not show, and with its opening marker escaped, which shows the same words.
     */
    static String firstLineEscaped(String markdown) {
        int end = markdown.indexOf('\n') < 0 ? markdown.length() : markdown.indexOf('\n');
        String first = markdown.substring(MarkdownSource.indent(markdown.substring(0, end)), end);
        var ordered = ORDERED_START.matcher(first);
        if (ordered.find()) {
            first = ordered.group(1) + "\\" + first.substring(ordered.group(1).length());
        } else if (first.startsWith("<") || first.startsWith("[") || BLOCK_START.matcher(first).find()) {
            first = "\\" + first;
        }
        return first + markdown.substring(end);
    }

    private static String withoutLeadingBackslashes(String line) {
        int k = 0;
        while (k < line.length() && line.charAt(k) == '\\') {
            k++;
        }
        return line.substring(k);
    }

    /** Characters that would end or break a bold name; escaped, each still shows as itself. */
    private static final String NAME_SPECIALS = "\\*_`[]<>:";

    /** A name to stand inside "**…**". */
    static String name(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            if (NAME_SPECIALS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Undoes {@link #name}: a backslash before one of those characters is dropped. */
    static String unname(String source) {
        StringBuilder out = new StringBuilder(source.length());
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length() && NAME_SPECIALS.indexOf(source.charAt(i + 1)) >= 0) {
                c = source.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static final Pattern CLOSING_HASHES = Pattern.compile("(^|\\s)(\\\\*)(#+)$");

    /** A heading's text: a trailing "#" run would be taken for the heading's closing sequence, so it is escaped. */
    static String heading(String text) {
        var m = CLOSING_HASHES.matcher(text);
        return m.find() ? text.substring(0, m.start(2)) + "\\" + text.substring(m.start(2)) : text;
    }

    /**
     * A segment's label or name in its heading, where a colon ends the label: each colon is written as text ("Owner\\:
     * CFO"), as Markdown escapes punctuation, and so is each backslash that would otherwise escape one (before a
     * colon, or at the end, where the label's own colon follows).
     */
    static String colons(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                out.append("\\:");
            } else if (c == '\\' && backslashesUpTo(text, i)) {
                out.append("\\\\");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the run of backslashes at {@code at} ends the text or stands before a colon. */
    private static boolean backslashesUpTo(String text, int at) {
        int end = at;
        while (end < text.length() && text.charAt(end) == '\\') {
            end++;
        }
        return end == text.length() || text.charAt(end) == ':';
    }

    /** Undoes {@link #colons}: a run of backslashes before a colon or at the end is halved, the colon's own dropped. */
    static String uncolons(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) == '\\') {
                end++;
            }
            int run = end - i;
            if (end < text.length() && text.charAt(end) == ':') {
                out.append("\\".repeat(run / 2)).append(':');
                end++;
            } else if (end == text.length() && run % 2 == 0) {
                out.append("\\".repeat(run / 2));
            } else {
                out.append("\\".repeat(run));
            }
            i = end;
        }
        return out.toString();
    }

    /** Where the first colon not written as text ({@link #colons}) stands: after an even run of backslashes; or -1. */
    static int labelColon(String text) {
        int backslashes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' && backslashes % 2 == 0) {
                return i;
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
        }
        return -1;
    }

    static String unheading(String text) {
        var m = CLOSING_HASHES.matcher(text);
        return m.find() && !m.group(2).isEmpty() ? text.substring(0, m.start(2)) + text.substring(m.start(2) + 1)
                : text;
    }

    static String cell(String value) {
        return value.replace("|", "\\|").replace("\n", "<br>");
    }

    /** Undoes {@link #cell}: removes the one backslash directly before each '|'. */
    static String uncell(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length() && raw.charAt(i + 1) == '|') {
                continue;
            }
            out.append(c);
        }
        return out.toString().replace("<br>", "\n");
    }
}
