package app.strategyworkbook.format.markdown;

import app.strategyworkbook.template.Kind;
import app.strategyworkbook.template.TemplateField;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaker notes in Markdown: an HTML comment under a section's or pillar's heading,
 *
 * <pre>
 * &lt;!-- Speaker notes:
 * Start with the churn numbers; Anna takes questions on pricing.
 * --&gt;
 * </pre>
 *
 * Any Markdown viewer hides it, as notes belong to the presenter and never to the page, and any editor shows it. The
 * text is written as typed; only "-->", which would end the comment, is written "--\>" and read back.
 */
final class SpeakerNotes {
    static final String OPEN = "<!-- Speaker notes:";
    private static final String CLOSE = "-->";
    private static final String CLOSE_AS_TEXT = "--\\>";
    private static final Pattern COMMENT = Pattern.compile(Pattern.quote(OPEN) + ".*?" + CLOSE, Pattern.DOTALL);

    private SpeakerNotes() {
    }

    /** Whether {@code field} is a section's or pillar's speaker notes (which the template itself never writes). */
    static boolean isNotes(TemplateField field) {
        return field.key().equals("notes") && field.kind() == Kind.PARAGRAPH;
    }

    static String write(String notes) {
        return OPEN + "\n" + escape(notes) + "\n" + CLOSE;
    }

    static String escape(String notes) {
        return notes.replace(CLOSE, CLOSE_AS_TEXT);
    }

    /** The notes text of a comment, from {@code from} to {@code to} in the source, as typed. */
    record Found(String notes, int from, int to) {
    }

    /**
     * The notes in {@code source}, the text of one HTML block starting at {@code offset} in the file; null when it is
     * another comment. One line break (or space) after the opening and before the closing belongs to the comment.
     */
    static Found read(String source, int offset) {
        String text = source.stripLeading();
        int lead = source.length() - text.length();
        String end = MarkdownSource.stripTrailing(text);
        if (!text.regionMatches(true, 0, OPEN, 0, OPEN.length()) || !end.endsWith(CLOSE)
                || end.length() < OPEN.length() + CLOSE.length()) {
            return null;
        }
        int from = OPEN.length();
        int to = end.length() - CLOSE.length();
        if (text.indexOf(CLOSE, from) != to) {
            return null; // closed earlier: text follows the comment on its line
        }
        from = skipBreak(text, from, to);
        to = skipBreakBefore(text, from, to);
        String notes = text.substring(from, to).replace("\r\n", "\n").replace(CLOSE_AS_TEXT, CLOSE);
        return new Found(notes, offset + lead + from, offset + lead + to);
    }

    private static int skipBreak(String text, int at, int limit) {
        if (text.startsWith("\r\n", at) && at + 2 <= limit) {
            return at + 2;
        }
        return at < limit && (text.charAt(at) == '\n' || text.charAt(at) == ' ') ? at + 1 : at;
    }

    private static int skipBreakBefore(String text, int floor, int at) {
        if (at - 2 >= floor && text.startsWith("\r\n", at - 2)) {
            return at - 2;
        }
        return at - 1 >= floor && (text.charAt(at - 1) == '\n' || text.charAt(at - 1) == ' ') ? at - 1 : at;
    }

    /**
     * {@code markdown} with each notes comment set aside as a line of its own that nothing will touch, for
     * {@link Sparse} to tidy what the template writer made around notes without touching the notes.
     */
    static String setAside(String markdown, List<String> comments) {
        Matcher m = COMMENT.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(token(comments.size())));
            comments.add(m.group());
        }
        m.appendTail(out);
        return out.toString();
    }

    static String putBack(String markdown, List<String> comments) {
        String out = markdown;
        for (int i = 0; i < comments.size(); i++) {
            out = out.replace(token(i), comments.get(i));
        }
        return out;
    }

    private static String token(int i) {
        return "\u0001notes" + i + "\u0001";
    }
}
