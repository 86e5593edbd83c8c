package app.strategyworkbook.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The levels a risk's likelihood or impact is given on, lowest first: words ("Rare" … "Almost certain"), the numbers 1
 * to 5, or bands of probability ("0–20%" … "80–100%"). A strategy has one per axis, inferred from its values or
 * stated in its JSON; the template's are {@link #LIKELIHOOD} and {@link #IMPACT}. Values are read on the scale and
 * never changed: "Med", "H", "3/5", "3 (Medium)" and "70%" are read where the scale has them.
 */
public final class RiskScale {
    // Declared before the scales below, which are made with them.
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2})(?:\\s*/\\s*(\\d{1,2})|\\s*\\((.*)\\))?$");
    private static final Pattern PERCENT = Pattern.compile("^(\\d{1,3}(?:\\.\\d+)?)\\s*%$");
    private static final Pattern BAND = Pattern.compile("^(\\d{1,3})\\s*[-\u2013]\\s*(\\d{1,3})\\s*%$");
    /** The template's likelihood: Low, Medium, High. */
    public static final RiskScale LIKELIHOOD = new RiskScale(List.of("Low", "Medium", "High"));
    /** The template's impact: Low, Medium, High, Critical. */
    public static final RiskScale IMPACT = new RiskScale(List.of("Low", "Medium", "High", "Critical"));

    /** Other words for a level, said as often as its own: a level named "Severe" reads "Catastrophic" too. */
    private static final java.util.Map<String, List<String>> SYNONYMS = java.util.Map.of(
            "severe", List.of("catastrophic", "extreme"),
            "almost certain", List.of("very likely", "certain"),
            "insignificant", List.of("negligible"));


    private final List<String> levels;
    private final boolean numeric;
    private final boolean percent;

    private RiskScale(List<String> levels) {
        this.levels = List.copyOf(levels);
        this.numeric = levels.stream().allMatch(l -> l.matches("\\d{1,2}"));
        this.percent = levels.stream().allMatch(l -> BAND.matcher(l).matches());
    }

    /** The scale of these levels, lowest first; at least two. */
    public static RiskScale of(List<String> levels) {
        if (levels.size() < 2) {
            throw new IllegalArgumentException("A scale has at least two levels: " + levels);
        }
        return levels.equals(LIKELIHOOD.levels) ? LIKELIHOOD : levels.equals(IMPACT.levels) ? IMPACT
                : new RiskScale(levels);
    }

    /** The numbers 1 to {@code size}. */
    public static RiskScale numbers(int size) {
        return of(java.util.stream.IntStream.rangeClosed(1, size).mapToObj(String::valueOf).toList());
    }

    /** Probability in five bands of 20 points: "0–20%" to "80–100%". */
    public static RiskScale percentages() {
        return of(List.of("0\u201320%", "20\u201340%", "40\u201360%", "60\u201380%", "80\u2013100%"));
    }

    /** The levels as the scale names them, lowest first. */
    public List<String> levels() {
        return levels;
    }

    public int size() {
        return levels.size();
    }

    /** The level at {@code position} (0 the lowest) in words. */
    public String label(int position) {
        return levels.get(position);
    }

    /**
     * Where {@code text} stands on the scale, 0 the lowest: its level's word in any case, an abbreviation ("Med", "H",
     * "VH"), a synonym ("Catastrophic" for "Severe"); on numbers, the number ("3", "3/5", "3 (Medium)"); on bands, a
     * percentage ("70%"). Anything else is no level of this scale.
     */
    public OptionalInt position(String text) {
        String plain = InlineText.plain(text).strip();
        if (plain.isEmpty()) {
            return OptionalInt.empty();
        }
        if (percent) {
            Matcher m = PERCENT.matcher(plain);
            if (m.matches()) {
                BigDecimal value = new BigDecimal(m.group(1));
                if (value.compareTo(BigDecimal.valueOf(100)) <= 0) {
                    return OptionalInt.of(Math.min(size() - 1, value.intValue() * size() / 100));
                }
            }
            return OptionalInt.empty();
        }
        if (numeric) {
            Matcher m = NUMBER.matcher(plain);
            if (m.matches()) {
                int n = Integer.parseInt(m.group(1));
                boolean outOf = m.group(2) == null || Integer.parseInt(m.group(2)) == size();
                if (outOf && n >= 1 && n <= size()) {
                    return OptionalInt.of(n - 1);
                }
            }
            return OptionalInt.empty();
        }
        String word = plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (int i = 0; i < size(); i++) {
            String level = levels.get(i).toLowerCase(Locale.ROOT);
            if (word.equals(level) || SYNONYMS.getOrDefault(level, List.of()).contains(word)) {
                return OptionalInt.of(i);
            }
        }
        // An abbreviation stands for one level only: "Med" for Medium; "H", "VH" by the initials of its words.
        int found = -1;
        for (int i = 0; i < size(); i++) {
            String level = levels.get(i).toLowerCase(Locale.ROOT);
            boolean prefix = word.length() >= 3 && !word.contains(" ") && level.startsWith(word);
            if (prefix || word.equals(initials(level))) {
                if (found >= 0) {
                    return OptionalInt.empty();
                }
                found = i;
            }
        }
        return found >= 0 ? OptionalInt.of(found) : OptionalInt.empty();
    }

    private static String initials(String level) {
        StringBuilder out = new StringBuilder();
        for (String part : level.split(" ")) {
            if (!part.isEmpty()) {
                out.append(part.charAt(0));
            }
        }
        return out.toString();
    }

    /** Whether {@code text} is a level of this scale. */
    public boolean reads(String text) {
        return position(text).isPresent();
    }

    /**
     * The value to write for the level at {@code position}, in the way {@code asWritten} (a value of the file's, or
     * empty) writes its levels: a word, a number ("4", or "4/5" where the file writes "3/5"), a band's middle ("70%").
     */
    public String value(int position, String asWritten) {
        if (percent) {
            return (position * 100 / size() + 50 / size()) + "%";
        }
        if (numeric) {
            Matcher m = NUMBER.matcher(InlineText.plain(asWritten == null ? "" : asWritten).strip());
            boolean outOf = m.matches() && m.group(2) != null;
            return (position + 1) + (outOf ? "/" + size() : "");
        }
        return levels.get(position);
    }

    /**
     * How severe a cell of two scales is, from 0 (lowest, lowest) to 5 (highest, highest): likelihood counts for two
     * steps, impact for three, as the template's 3 x 4 matrix has them, whatever the scales' sizes.
     */
    public static double severity(int likelihood, RiskScale likelihoods, int impact, RiskScale impacts) {
        return 2.0 * likelihood / (likelihoods.size() - 1) + 3.0 * impact / (impacts.size() - 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RiskScale other && other.levels.equals(levels);
    }

    @Override
    public int hashCode() {
        return levels.hashCode();
    }

    @Override
    public String toString() {
        return String.join(" / ", levels);
    }
}
