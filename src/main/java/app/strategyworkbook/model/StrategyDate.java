package app.strategyworkbook.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as strategy documents write it: "2025-03-31", "March 31, 2025", "31 March 2025", "31.03.2025" (day first, as
 * German, Nordic and Eastern European documents write it; a slash is left alone, being day first in Europe and month
 * first in the US), "Mar 2025", "Q4 2024", "H1 2025", "FY2026" or "2026". A period is kept as its first and last day, so "Q4 2024" ends on 31 December 2024.
 */
public record StrategyDate(LocalDate first, LocalDate last) {

    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$");
    private static final Pattern DOTTED = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("^([A-Za-z]+)\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})$");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("^(\\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+)\\.?,? (\\d{4})$");
    private static final Pattern MONTH_YEAR = Pattern.compile("^([A-Za-z]+)\\.?,? (\\d{4})$");
    private static final Pattern QUARTER = Pattern.compile("^Q([1-4]) ?(\\d{4})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HALF = Pattern.compile("^H([12]) ?(\\d{4})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("^(?:FY ?)?(\\d{4})$", Pattern.CASE_INSENSITIVE);

    public static Optional<StrategyDate> parse(String text) {
        String s = InlineText.plain(text).replaceAll("\\s+", " ");
        try {
            Matcher iso = ISO.matcher(s);
            if (iso.matches()) {
                return day(LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3)));
            }
            Matcher dotted = DOTTED.matcher(s);
            if (dotted.matches()) {
                return day(LocalDate.of(num(dotted, 3), num(dotted, 2), num(dotted, 1)));
            }
            Matcher mdy = MONTH_DAY_YEAR.matcher(s);
            if (mdy.matches()) {
                Optional<Month> month = month(mdy.group(1));
                return month.isEmpty() ? Optional.empty() : day(LocalDate.of(num(mdy, 3), month.get(), num(mdy, 2)));
            }
            Matcher dmy = DAY_MONTH_YEAR.matcher(s);
            if (dmy.matches()) {
                Optional<Month> month = month(dmy.group(2));
                return month.isEmpty() ? Optional.empty() : day(LocalDate.of(num(dmy, 3), month.get(), num(dmy, 1)));
            }
            Matcher my = MONTH_YEAR.matcher(s);
            if (my.matches()) {
                Optional<Month> month = month(my.group(1));
                if (month.isEmpty()) {
                    return Optional.empty();
                }
                YearMonth ym = YearMonth.of(num(my, 2), month.get());
                return Optional.of(new StrategyDate(ym.atDay(1), ym.atEndOfMonth()));
            }
            Matcher q = QUARTER.matcher(s);
            if (q.matches()) {
                return Optional.of(months(num(q, 2), (num(q, 1) - 1) * 3 + 1, 3));
            }
            Matcher h = HALF.matcher(s);
            if (h.matches()) {
                return Optional.of(months(num(h, 2), (num(h, 1) - 1) * 6 + 1, 6));
            }
            Matcher y = YEAR.matcher(s);
            if (y.matches()) {
                return Optional.of(months(num(y, 1), 1, 12));
            }
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Optional<StrategyDate> day(LocalDate date) {
        return Optional.of(new StrategyDate(date, date));
    }

    private static StrategyDate months(int year, int firstMonth, int count) {
        YearMonth start = YearMonth.of(year, firstMonth);
        return new StrategyDate(start.atDay(1), start.plusMonths(count - 1L).atEndOfMonth());
    }

    private static Optional<Month> month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && full.startsWith(w)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }
}
