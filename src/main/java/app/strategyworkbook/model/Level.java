package app.strategyworkbook.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A risk level. The two scales the template uses are defined here once: likelihood runs Low to High, impact Low to
 * Critical. A different scale is a change to {@link #LIKELIHOOD} or {@link #IMPACT} alone.
 */
public enum Level {
    LOW("Low"), MEDIUM("Medium"), HIGH("High"), CRITICAL("Critical");

    /** The levels a likelihood may take, lowest first. */
    public static final List<Level> LIKELIHOOD = List.of(LOW, MEDIUM, HIGH);
    /** The levels an impact may take, lowest first. */
    public static final List<Level> IMPACT = List.of(LOW, MEDIUM, HIGH, CRITICAL);

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** The word the template uses for this level. */
    public String label() {
        return label;
    }

    /** Reads "High", "medium", "Med" or "CRITICAL" as a level of {@code scale}; anything else is no level. */
    public static Optional<Level> parse(String text, List<Level> scale) {
        String word = InlineText.plain(text).toLowerCase(Locale.ROOT);
        for (Level level : scale) {
            String name = level.label.toLowerCase(Locale.ROOT);
            if (word.equals(name) || (level == MEDIUM && word.equals("med"))) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
