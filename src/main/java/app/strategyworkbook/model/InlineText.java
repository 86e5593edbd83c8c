package app.strategyworkbook.model;

/** Reads the words out of a field's Markdown inline text, for parsing its meaning. */
final class InlineText {
    private InlineText() {
    }

    /** The text without emphasis and code markers, trimmed: "**45%**" reads as "45%". */
    static String plain(String markdown) {
        if (markdown == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(markdown.length());
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\\' && i + 1 < markdown.length()) {
                out.append(markdown.charAt(++i));
            } else if (c != '*' && c != '_' && c != '`') {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
