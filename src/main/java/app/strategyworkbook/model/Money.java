package app.strategyworkbook.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money read from text such as "$50B", "€610M", "£1.2M", "USD 5 million" or "$12B (AI platforms)".
 * Only the leading amount is read; what follows it is commentary and stays in the text.
 */
public record Money(BigDecimal amount, String currency) {

    private static final Pattern MONEY = Pattern.compile(
            "^(?:(?<sym>[$€£¥])\\s*|(?<code1>USD|EUR|GBP|JPY|CHF|CAD|AUD)\\s+)?"
                    + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*"
                    + "(?<scale>trillion|billion|million|thousand|bn|mn|[KkMmBbTt])?\\b\\s*"
                    + "(?<code2>USD|EUR|GBP|JPY|CHF|CAD|AUD)?",
            Pattern.CASE_INSENSITIVE);

    /** The money at the start of {@code text}, if it has a currency and a number. */
    public static Optional<Money> parse(String text) {
        String plain = InlineText.plain(text);
        Matcher m = MONEY.matcher(plain);
        if (plain.isEmpty() || !m.find()) {
            return Optional.empty();
        }
        String currency = currencyOf(m.group("sym"), m.group("code1"), m.group("code2"));
        if (currency == null) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(m.group("num").replace(",", ""));
        return Optional.of(new Money(amount.multiply(scale(m.group("scale"))).stripTrailingZeros(), currency));
    }

    private static String currencyOf(String symbol, String code1, String code2) {
        if (symbol != null) {
            return switch (symbol) {
                case "$" -> "USD";
                case "€" -> "EUR";
                case "£" -> "GBP";
                default -> "JPY";
            };
        }
        String code = code1 != null ? code1 : code2;
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    private static BigDecimal scale(String scale) {
        if (scale == null) {
            return BigDecimal.ONE;
        }
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "k", "thousand" -> BigDecimal.TEN.pow(3);
            case "m", "mn", "million" -> BigDecimal.TEN.pow(6);
            case "b", "bn", "billion" -> BigDecimal.TEN.pow(9);
            case "t", "trillion" -> BigDecimal.TEN.pow(12);
            default -> BigDecimal.ONE;
        };
    }
}
