package app.strategyworkbook.check;

import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.template.DocumentPart;
import app.strategyworkbook.template.FieldRef;
import app.strategyworkbook.template.Kind;
import app.strategyworkbook.template.Template;
import app.strategyworkbook.template.TemplateField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How far each part of a strategy is filled in: of the fields the template expects there (each pillar's and segment's
 * fields counted for each), how many hold something, and which do not yet. It walks the catalogue, so every field the
 * template expects is counted once; {@link PlaceholderCheck} reports the open ones from here, and the window shows a
 * meter per section instead of a warning per field.
 */
public final class Completion {
    /** A field not filled in yet: where it is, its name in the user's words, and what is missing. */
    public record Open(FieldRef where, String name, String message) {
    }

    /** One part: how many of its expected fields hold something, of how many, and the open ones in document order. */
    public record Part(DocumentPart part, int filled, int expected, List<Open> open) {
        /** Filled in as a share from 0 to 1; a part that expects nothing is whole. */
        public double share() {
            return expected == 0 ? 1 : (double) filled / expected;
        }
    }

    static final String NOT_FILLED = "not filled in yet";

    private final Map<DocumentPart, Part> parts = new EnumMap<>(DocumentPart.class);

    private Completion() {
    }

    /** How far each part of {@code doc} is filled in. */
    public static Completion of(StrategyDocument doc) {
        Completion completion = new Completion();
        for (DocumentPart part : DocumentPart.values()) {
            int[] counts = new int[2];
            List<Open> open = new ArrayList<>();
            for (TemplateField field : Template.fieldsOf(part)) {
                walk(field, part.in(doc), List.of(), "", counts, open);
            }
            completion.parts.put(part, new Part(part, counts[0], counts[1], List.copyOf(open)));
        }
        return completion;
    }

    public Part of(DocumentPart part) {
        return parts.get(part);
    }

    /** Every part's open fields, in the catalogue's order. */
    public List<Open> open() {
        return parts.values().stream().flatMap(p -> p.open().stream()).toList();
    }

    /**
     * The subheading a field stands under ("1-Year Success > "), where its label alone is another field's too: "By"
     * is the date of the 1-year and of the 3-year success.
     */
    private static String underWhich(TemplateField field) {
        boolean shared = field.subheading() != null && Template.fieldsOf(field.part()).stream()
                .filter(other -> other != field).anyMatch(other -> other.label().equals(field.label()));
        return shared ? field.subheading().heading() + " > " : "";
    }

    /**
     * Counts {@code field} of {@code owner}, which stands at {@code rows} (one index per pillar, segment or group
     * around it) and is named {@code within} ("Pillar 2 (Trust) > "). counts[0] is filled, counts[1] expected.
     */
    private static void walk(TemplateField field, Object owner, List<Integer> rows, String within, int[] counts,
                             List<Open> open) {
        if (!field.expected()) {
            return;
        }
        FieldRef where = field.at(rows.toArray(Integer[]::new));
        String name = within + underWhich(field) + field.label();
        switch (field.kind()) {
            case ITEMS -> {
                List<Object> items = field.rows(owner);
                if (items.isEmpty()) {
                    // A strategy with no pillars (or segments) yet is not "all filled in": the first one is to come.
                    counts[1]++;
                    open.add(new Open(where, name, NOT_FILLED));
                    return;
                }
                for (int i = 0; i < items.size(); i++) {
                    List<Integer> inner = new ArrayList<>(rows);
                    inner.add(i);
                    String itemName = within + itemName(field, items.get(i), i) + " > ";
                    for (TemplateField column : field.columns()) {
                        walk(column, items.get(i), inner, itemName, counts, open);
                    }
                }
            }
            case LINES -> lines(where, name, field.<String>rows(owner).stream().filter(String::isEmpty).count(),
                    field.rows(owner).size(), counts, open);
            case TABLE -> {
                // A row with nothing in any column is room left for another (the template's blank rows, "Add row"):
                // it does not hold back a table whose other rows are complete. One risk written in full, with two
                // blank rows under it, is a filled Key Risks table; a row begun but not finished is not.
                List<Object> all = field.rows(owner);
                List<Object> table = all.stream().filter(row -> !blank(field, row)).toList();
                if (table.isEmpty()) {
                    table = all;
                }
                long empty = table.stream().filter(row -> field.columns().stream()
                        .anyMatch(c -> c.expected() && c.text(row).get().isEmpty())).count();
                lines(where, name, empty, table.size(), counts, open);
            }
            default -> {
                counts[1]++;
                if (field.text(owner).get().isEmpty()) {
                    open.add(new Open(where, name, NOT_FILLED));
                } else {
                    counts[0]++;
                }
            }
        }
    }

    /** Whether {@code row} of {@code table} has nothing in any of its columns. */
    private static boolean blank(TemplateField table, Object row) {
        return table.columns().stream().allMatch(c -> c.kind() == Kind.ITEMS || c.kind() == Kind.LINES
                || c.kind() == Kind.TABLE || c.text(row).get().isBlank());
    }

    /** A list or table counts as one field: filled when it has lines and none is left open. */
    private static void lines(FieldRef where, String name, long empty, int of, int[] counts, List<Open> open) {
        counts[1]++;
        if (of == 0 || empty == of && of == 1) {
            open.add(new Open(where, name, NOT_FILLED));
        } else if (empty > 0) {
            open.add(new Open(where, name, empty + " of " + of + " lines " + NOT_FILLED));
        } else {
            counts[0]++;
        }
    }

    /** "Pillar 2 (Trust)": an item by its place, and its name where it has one. */
    static String itemName(TemplateField items, Object item, int index) {
        String noun = items.noun();
        String word = Character.toUpperCase(noun.charAt(0)) + noun.substring(1).toLowerCase(Locale.ROOT);
        String name = items.columns().stream().filter(c -> c.kind() == Kind.TEXT && c.expected())
                .map(c -> c.text(item).get()).findFirst().orElse("");
        return word + " " + (index + 1) + (name.isEmpty() ? "" : " (" + name + ")");
    }
}
