package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A pillar's success metric: what is measured, the target and, where known, the current value. */
public final class PillarMetric {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final StringProperty current = new SimpleStringProperty(this, "current", "");

    public String getName() { return name.get(); }
    public void setName(String value) { name.set(value == null ? "" : value); }
    public StringProperty nameProperty() { return name; }
    public String getTarget() { return target.get(); }
    public void setTarget(String value) { target.set(value == null ? "" : value); }
    public StringProperty targetProperty() { return target; }
    public String getCurrent() { return current.get(); }
    public void setCurrent(String value) { current.set(value == null ? "" : value); }
    public StringProperty currentProperty() { return current; }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*([kKmMbB](?![a-zA-Z]))?");

    /**
     * How far the current value has come toward the target, from 0 to 1, where both read as numbers ("45%" toward
     * ">70%", "12 min" toward "<5 minutes"). A target starting with "<" or "≤" is one to get under.
     */
    public java.util.OptionalDouble progress() {
        java.util.OptionalDouble target = number(getTarget());
        java.util.OptionalDouble current = number(getCurrent());
        if (target.isEmpty() || current.isEmpty() || target.getAsDouble() <= 0) {
            return java.util.OptionalDouble.empty();
        }
        String t = InlineText.plain(getTarget());
        boolean under = t.startsWith("<") || t.startsWith("≤");
        double value = under ? (current.getAsDouble() <= 0 ? 1 : target.getAsDouble() / current.getAsDouble())
                : current.getAsDouble() / target.getAsDouble();
        return java.util.OptionalDouble.of(Math.max(0, Math.min(1, value)));
    }

    private static java.util.OptionalDouble number(String text) {
        var m = NUMBER.matcher(InlineText.plain(text));
        if (!m.find()) {
            return java.util.OptionalDouble.empty();
        }
        double value = Double.parseDouble(m.group(1).replace(",", ""));
        String scale = m.group(2) == null ? "" : m.group(2).toLowerCase(java.util.Locale.ROOT);
        return java.util.OptionalDouble.of(value * switch (scale) {
            case "k" -> 1e3;
            case "m" -> 1e6;
            case "b" -> 1e9;
            default -> 1;
        });
    }
}
