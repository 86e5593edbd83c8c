package app.strategyworkbook.format.markdown;

import java.util.List;

/**
 * The template's bracketed placeholder for a field. A field left empty is written as its placeholder, and reading the
 * placeholder back gives the empty field. In lists, the placeholder depends on the position: "[Initiative 1]",
 * "[Initiative 2]"; the template's own first wordings are used where it has them.
 */
record Placeholder(List<String> first, String pattern) {

    static Placeholder of(String text) {
        return new Placeholder(List.of(text), text);
    }

    /** {@code pattern} with "%d" standing for the 1-based position, after the template's own {@code first} texts. */
    static Placeholder numbered(String pattern, String... first) {
        return new Placeholder(List.of(first), pattern);
    }

    String at(int index) {
        if (index < 0) {
            index = 0;
        }
        if (index < first.size()) {
            return first.get(index);
        }
        return pattern.contains("%d") ? pattern.formatted(index + 1) : pattern;
    }

    /** The text of a field at {@code index}: empty when it is this placeholder, else as typed. */
    String read(String text, int index) {
        return text.equals(at(index)) ? "" : text;
    }

    String write(String value, int index) {
        return value.isEmpty() ? at(index) : value;
    }
}
