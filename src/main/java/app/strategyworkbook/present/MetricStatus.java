package app.strategyworkbook.present;

import app.strategyworkbook.model.PillarMetric;
import java.util.OptionalDouble;

/**
 * A metric's red, amber or green status, from how far its current value has come toward its target
 * ({@link PillarMetric#progress()}: current over target, or target over current for a target to get under, such as
 * "&lt;5 minutes"). The thresholds are stated wherever the colours are shown.
 */
public enum MetricStatus {
    GREEN("On track", Colour.of("#1A7F37")),
    AMBER("At risk", Colour.of("#BF8700")),
    RED("Off track", Colour.of("#CF222E")),
    UNKNOWN("Not measured", Colour.of("#8C959F"));

    /** At or above this share of the target, a metric is green. */
    public static final double GREEN_FROM = 0.9;
    /** At or above this share (and below green), amber; below it, red. */
    public static final double AMBER_FROM = 0.6;

    /** The thresholds in words, as the one-page summary prints them. */
    public static final String THRESHOLDS = "Status from current value against target: green (on track) at 90% of the "
            + "target or better; amber (at risk) from 60% to under 90%; red (off track) under 60%; grey (not "
            + "measured) where the target or the current value is not a number. For a target to get under "
            + "(\"<5 minutes\"), progress is the target divided by the current value.";

    private final String words;
    private final Colour colour;

    MetricStatus(String words, Colour colour) {
        this.words = words;
        this.colour = colour;
    }

    public static MetricStatus of(OptionalDouble progress) {
        if (progress.isEmpty()) {
            return UNKNOWN;
        }
        double p = progress.getAsDouble();
        return p >= GREEN_FROM ? GREEN : p >= AMBER_FROM ? AMBER : RED;
    }

    public static MetricStatus of(PillarMetric metric) {
        return of(metric.progress());
    }

    /** The status in words, so colour is never the only cue. */
    public String words() {
        return words;
    }

    public Colour colour() {
        return colour;
    }
}
