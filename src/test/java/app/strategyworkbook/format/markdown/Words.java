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
