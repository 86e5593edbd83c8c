package app.strategyworkbook.template;

import java.util.List;

/**
 * The template's bracketed placeholder for a field. A field left empty is written as its placeholder, and reading the
 * placeholder back gives the empty field. In lists, the placeholder depends on the position: "[Initiative 1]",
 * "[Initiative 2]"; the template's own first wordings are used where it has them.
 */
public final class Placeholder {
    private final List<String> first;
    private final String pattern;

    private Placeholder(List<String> first, String pattern) {
        this.first = first;
        this.pattern = pattern;
    }


    public static Placeholder of(String text) {
        return new Placeholder(List.of(text), text);
    }

    /** {@code pattern} with "%d" standing for the 1-based position, after the template's own {@code first} texts. */
    public static Placeholder numbered(String pattern, String... first) {
        return new Placeholder(List.of(first), pattern);
    }

    public String at(int index) {
        if (index < 0) {
            index = 0;
        }
        if (index < first.size()) {
            return first.get(index);
        }
        if (!pattern.contains("%d")) {
            return pattern;
        }
        if (index >= numbered.length) {
            return pattern.formatted(index + 1);
        }
        // Formatted once per place: every field read compares its text with its placeholder. The formats are shared
        // between threads; two threads filling the same slot store equal strings, so the race is harmless.
        String made = numbered[index];
        if (made == null) {
            made = pattern.formatted(index + 1);
            numbered[index] = made;
        }
        return made;
    }

    private final String[] numbered = new String[32];

    /**
     * The text of a field at {@code index}: empty when it is this placeholder, else as typed. A placeholder of any
     * position counts: a row moved or added above the template's "[Metric 1]" leaves it second, and it is still the
     * template's guidance, not something the user wrote.
     */
    public String read(String text, int index) {
        return text.equals(at(index)) || isAny(text) ? "" : text;
    }

    private boolean isAny(String text) {
        if (first.contains(text)) {
            return true;
        }
        int at = pattern.indexOf("%d");
        if (at < 0) {
            return text.equals(pattern);
        }
        String before = pattern.substring(0, at);
        String after = pattern.substring(at + 2);
        if (text.length() <= before.length() + after.length() || !text.startsWith(before) || !text.endsWith(after)) {
            return false;
        }
        String number = text.substring(before.length(), text.length() - after.length());
        return number.length() <= 4 && number.chars().allMatch(Character::isDigit);
    }

    public String write(String value, int index) {
        return value.isEmpty() ? at(index) : value;
    }
}
