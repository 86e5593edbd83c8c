package app.strategyworkbook.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** A percentage read from "45%", "45", "12.5 %" or "-5%": the whole text must be the number. */
public final class Percentage {
    private static final Pattern PERCENT = Pattern.compile("^[+-]?\\d+(?:\\.\\d+)?\\s*%?$");

    private Percentage() {
    }

    public static Optional<BigDecimal> parse(String text) {
        String plain = InlineText.plain(text);
        if (!PERCENT.matcher(plain).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain.replace("%", "").strip()));
    }

    /** The first percentage inside free text, as in "20% of engineering time". */
    public static Optional<BigDecimal> find(String text) {
        var m = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)\\s*%").matcher(InlineText.plain(text));
        return m.find() ? Optional.of(new BigDecimal(m.group(1))) : Optional.empty();
    }
}
