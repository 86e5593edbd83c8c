package app.strategyworkbook.template;

import app.strategyworkbook.model.StrategyDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * A JSON Pointer over the JSON format's own names ("/footer/nextReview", "/risks/risks/1/likelihood"), followed
 * through the catalogue to the one text it names in a document, for the command line's {@code set}. A pointer to the
 * place one past the end of a list names a new item there, which {@link #text} adds.
 */
public final class Pointer {
    private final String pointer;
    private final List<String> steps;

    private Pointer(String pointer, List<String> steps) {
        this.pointer = pointer;
        this.steps = steps;
    }

    /** Parses {@code pointer} as RFC 6901 says: "/" between names, "~1" for a "/" in one and "~0" for a "~". */
    public static Pointer parse(String pointer) throws NoSuchField {
        if (!pointer.startsWith("/")) {
            throw new NoSuchField("\"" + pointer + "\" is not a pointer: it starts with \"/\", as in /footer/nextReview");
        }
        List<String> steps = new ArrayList<>();
        for (String step : pointer.substring(1).split("/", -1)) {
            steps.add(step.replace("~1", "/").replace("~0", "~"));
        }
        return new Pointer(pointer, steps);
    }

    /** A pointer that names no text of a document, with the sentence that says so and the names that were there. */
    public static final class NoSuchField extends Exception {
        NoSuchField(String message) {
            super(message);
        }
    }

    /**
     * The text this pointer names in {@code doc}. An index one past the end of a list adds a new item there (a line,
     * or a row whose field is then this text); that is the only change this makes to the document.
     */
    public StringProperty text(StrategyDocument doc) throws NoSuchField {
        DocumentPart part = null;
        for (DocumentPart p : DocumentPart.values()) {
            if (p.key().equals(steps.get(0))) {
                part = p;
            }
        }
        if (part == null) {
            throw notThere(0, List.of(DocumentPart.values()).stream().map(DocumentPart::key).toList());
        }
        return text(Template.fieldsOf(part), part.in(doc), 1);
    }

    private StringProperty text(List<TemplateField> fields, Object owner, int at) throws NoSuchField {
        if (at >= steps.size()) {
            throw new NoSuchField(pointer + " names a part with several fields, not one text: add one of "
                    + String.join(", ", keys(fields)) + ".");
        }
        for (TemplateField field : fields) {
            String[] key = field.key().split("\\.");
            if (!matches(key, at)) {
                continue;
            }
            int next = at + key.length;
            if (field.kind().isText()) {
                if (next != steps.size()) {
                    throw new NoSuchField(pointer + " goes past " + path(next) + ", which is one text.");
                }
                return field.text(owner);
            }
            return row(field, owner, next);
        }
        throw notThere(at, keys(fields));
    }

    /** The row at step {@code at} of {@code field}'s list, and the text in it the steps after name. */
    private StringProperty row(TemplateField field, Object owner, int at) throws NoSuchField {
        ObservableList<Object> rows = field.rows(owner);
        if (at >= steps.size()) {
            throw new NoSuchField(pointer + " names a list of " + rows.size() + ", not one text: add a number from 0 to "
                    + rows.size() + " (" + rows.size() + " adds one).");
        }
        int index;
        try {
            index = Integer.parseInt(steps.get(at));
        } catch (NumberFormatException notANumber) {
            index = -1;
        }
        if (index < 0 || index > rows.size() || !steps.get(at).equals(String.valueOf(index))) {
            throw new NoSuchField(pointer + " has \"" + steps.get(at) + "\" where " + path(at)
                    + " takes a number from 0 to " + rows.size() + " (" + rows.size() + " adds one).");
        }
        if (field.kind() == Kind.LINES) {
            if (at + 1 != steps.size()) {
                throw new NoSuchField(pointer + " goes past " + path(at + 1) + ", which is one line of text.");
            }
            if (index == rows.size()) {
                rows.add(field.newRow());
            }
            return new LineText(rows, index);
        }
        Object row = index == rows.size() ? field.newRow() : rows.get(index);
        StringProperty text = text(field.columns(), row, at + 1);
        if (index == rows.size()) {
            rows.add(row); // added only once the rest of the pointer names a field of it
        }
        return text;
    }

    private boolean matches(String[] key, int at) {
        if (at + key.length > steps.size()) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (!steps.get(at + i).equals(key[i])) {
                return false;
            }
        }
        return true;
    }

    private static List<String> keys(List<TemplateField> fields) {
        return fields.stream().map(f -> f.key().replace('.', '/')).toList();
    }

    private String path(int steps) {
        return steps == 0 ? "/" : "/" + String.join("/", this.steps.subList(0, steps));
    }

    /** The names valid at step {@code at}, closest to what was given first. */
    private NoSuchField notThere(int at, List<String> valid) {
        String where = at == 0 ? "at the top" : "in " + path(at);
        return new NoSuchField(pointer + " names nothing: " + where + " there is no \"" + steps.get(at)
                + "\"; the closest names are " + closest(steps.get(at), valid) + ".");
    }

    /** The (at most three) of {@code valid} closest to {@code given}, closest first: "risks, riskScale". */
    public static String closest(String given, java.util.Collection<String> valid) {
        return String.join(", ", valid.stream()
                .sorted(Comparator.comparingInt((String name) -> distance(given.toLowerCase(Locale.ROOT),
                        name.toLowerCase(Locale.ROOT))))
                .limit(3).toList());
    }

    /** Levenshtein distance: how many letters to change, add or remove to turn one name into the other. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** One line of a list of lines, as a text: setting it replaces the line in its list. */
    private static final class LineText extends javafx.beans.property.SimpleStringProperty {
        LineText(ObservableList<Object> lines, int index) {
            super((String) lines.get(index));
            addListener((o, was, now) -> lines.set(index, now));
        }
    }
}
