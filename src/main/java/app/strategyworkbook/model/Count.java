package app.strategyworkbook.model;

import java.util.Optional;
import java.util.regex.Pattern;

/** A whole number read from the start of text such as "45 people", "~30", "2 headcount" or "1,200". */
public final class Count {
    private static final Pattern LEADING = Pattern.compile("^[~≈]?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?![.\\d])");

    private Count() {
    }

    public static Optional<Integer> parse(String text) {
        var m = LEADING.matcher(InlineText.plain(text));
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(m.group(1).replace(",", "")));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }
}
