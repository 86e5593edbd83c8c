package app.strategyworkbook.template;

import app.strategyworkbook.model.RiskScale;
import java.util.Collection;
import java.util.List;

/**
 * The rating scales risk registers use, declared once: words on three, four or five points, the numbers 1 to 5, and
 * bands of probability. A strategy's scale for each axis is the one of these its values are given on
 * ({@link #infer}).
 */
public final class RiskScales {
    private RiskScales() {
    }

    /** Every scale a file's levels may be given on, the fewest points first. */
    public static final List<RiskScale> KNOWN = List.of(
            RiskScale.LIKELIHOOD,
            RiskScale.of(List.of("Unlikely", "Possible", "Likely")),
            RiskScale.of(List.of("Minor", "Moderate", "Major")),
            RiskScale.IMPACT,
            RiskScale.of(List.of("Baja", "Media", "Alta", "Muy alta")),
            RiskScale.of(List.of("Very low", "Low", "Medium", "High", "Very high")),
            RiskScale.of(List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain")),
            RiskScale.of(List.of("Insignificant", "Minor", "Moderate", "Major", "Severe")),
            RiskScale.numbers(5),
            RiskScale.percentages());

    /**
     * The scale {@code values} are given on: the one that reads the most of them, the template's {@code usual} where
     * it reads as many as any, else the one with the fewest points ("Unlikely", "Possible", "Likely" are three
     * points, not five). Values no scale reads ("—", "TBD", empty) do not count; with none read, the template's.
     */
    public static RiskScale infer(Collection<String> values, RiskScale usual) {
        RiskScale best = usual;
        long most = read(usual, values);
        for (RiskScale scale : KNOWN) {
            long read = read(scale, values);
            if (read > most) {
                best = scale;
                most = read;
            }
        }
        return best;
    }

    private static long read(RiskScale scale, Collection<String> values) {
        return values.stream().filter(scale::reads).count();
    }
}
