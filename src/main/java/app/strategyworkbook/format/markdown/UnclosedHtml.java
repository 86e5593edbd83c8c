package app.strategyworkbook.format.markdown;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML blocks that, per CommonMark, run until an end marker or the end of the file: comments, processing
 * instructions, declarations, CDATA, and {@code <script>}, {@code <pre>}, {@code <style>}, {@code <textarea>}.
 */
final class UnclosedHtml {
    private static final Pattern RAW_TAG = Pattern.compile("^ {0,3}<(script|pre|style|textarea)(?=[\\s>]|$)",
            Pattern.CASE_INSENSITIVE);

    private UnclosedHtml() {
    }

    /** The end marker the block lacks, or null when it has one (or is a kind that ends at a blank line). */
    static String closing(String raw) {
        String start = raw.stripLeading();
        if (start.startsWith("<!--")) {
            // "<!-->" and "<!--->" are whole (empty) comments to CommonMark: the end may overlap the start.
            return raw.indexOf("-->", raw.indexOf("<!--") + 2) >= 0 ? null : "-->";
        }
        if (start.startsWith("<?")) {
            return raw.contains("?>") ? null : "?>";
        }
        if (start.startsWith("<![CDATA[")) {
            return raw.contains("]]>") ? null : "]]>";
        }
        if (start.length() > 2 && start.startsWith("<!") && Character.isLetter(start.charAt(2))) {
            return start.indexOf('>') >= 0 ? null : ">";
        }
        Matcher tag = RAW_TAG.matcher(raw);
        if (tag.find()) {
            // Any of the four end tags ends any of the four blocks ("<style>" … "</script>"), as CommonMark says.
            String lower = raw.toLowerCase(Locale.ROOT);
            boolean ended = lower.contains("</script>") || lower.contains("</pre>") || lower.contains("</style>")
                    || lower.contains("</textarea>");
            return ended ? null : "</" + tag.group(1).toLowerCase(Locale.ROOT) + ">";
        }
        return null;
    }
}
