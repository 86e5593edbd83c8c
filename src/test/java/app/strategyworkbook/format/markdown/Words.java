package app.strategyworkbook.format.markdown;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts the words of a text: what a reader would call a word, letters and digits, in any script. */
public final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Words() {
    }

    public static Map<String, Integer> count(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    private static final Pattern LIST_NUMBER = Pattern.compile("(?m)^(\\s*)\\d{1,9}[.)](?=\\s)");
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]\\n]*\\]");

    /**
     * The words a user wrote: without the template's own bracketed placeholders (guidance the user replaces) and
     * without list numbers (a list's numbering is its structure, renumbered on save).
     */
    public static String written(String text, java.util.Set<String> placeholders) {
        String out = LIST_NUMBER.matcher(text).replaceAll("$1");
        for (String placeholder : placeholders) {
            out = out.replace(placeholder, " ");
        }
        return out;
    }

    private static final Pattern LABEL = Pattern.compile("\\*\\*[^*\\n]+:\\*\\*");

    /**
     * The template's own guidance and structure: its bracketed placeholders and its "**Label:**" labels. A file that
     * gives a field twice, once as the placeholder and once filled in, is saved with the filled one only.
     */
    public static java.util.Set<String> placeholdersOf(String template) {
        java.util.Set<String> found = new java.util.HashSet<>();
        for (Pattern p : new Pattern[] {BRACKETED, LABEL}) {
            Matcher m = p.matcher(template);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }

    /** Fails unless every word of {@code before} stands in {@code after} at least as often. */
    public static void assertAllKept(String before, String after) {
        Map<String, Integer> had = count(before);
        Map<String, Integer> has = count(after);
        StringBuilder lost = new StringBuilder();
        had.forEach((word, n) -> {
            if (has.getOrDefault(word, 0) < n) {
                lost.append(word).append(" (").append(n).append("→").append(has.getOrDefault(word, 0)).append(") ");
            }
        });
        if (lost.length() > 0) {
            fail("Words lost: " + lost + "\n--- before ---\n" + before + "\n--- after ---\n" + after);
        }
    }
}
