package app.strategyworkbook.check;

import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.template.DocumentPart;
import app.strategyworkbook.template.Kind;
import app.strategyworkbook.template.Template;
import app.strategyworkbook.template.TemplateField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fields still showing the template's placeholder: a warning for each, so the editor can mark it. It walks the
 * catalogue, so every field the template expects filled in is asked, and none is listed twice.
 */
final class PlaceholderCheck implements Check {
    private static final String NOT_FILLED = "not filled in yet";

    @Override
    public void check(StrategyDocument doc, LocalDate today, Findings findings) {
        for (DocumentPart part : DocumentPart.values()) {
            for (TemplateField field : Template.fieldsOf(part)) {
                check(field, part.in(doc), List.of(), "", findings);
            }
        }
    }

    /**
     * Checks {@code field} of {@code owner}, which stands at {@code rows} (one index per pillar, segment or group
     * around it) and is named {@code within} ("Pillar 2 (Trust) > ").
     */
    private void check(TemplateField field, Object owner, List<Integer> rows, String within, Findings findings) {
        if (!field.expected()) {
            return;
        }
        var where = field.at(rows.toArray(Integer[]::new));
        String name = within + field.label();
        switch (field.kind()) {
            case ITEMS -> {
                List<Object> items = field.rows(owner);
                for (int i = 0; i < items.size(); i++) {
                    List<Integer> inner = new ArrayList<>(rows);
                    inner.add(i);
                    String itemName = within + itemName(field, items.get(i), i) + " > ";
                    for (TemplateField column : field.columns()) {
                        check(column, items.get(i), inner, itemName, findings);
                    }
                }
            }
            case LINES -> count(where, name, field.<String>rows(owner).stream().filter(String::isEmpty).count(),
                    field.rows(owner).size(), findings);
            case TABLE -> {
                List<Object> table = field.rows(owner);
                long open = table.stream().filter(row -> field.columns().stream()
                        .anyMatch(c -> c.expected() && c.text(row).get().isEmpty())).count();
                count(where, name, open, table.size(), findings);
            }
            default -> {
                if (field.text(owner).get().isEmpty()) {
                    findings.warning(where, name, NOT_FILLED);
                }
            }
        }
    }

    /** A list or table not filled in: empty, or with lines still open. */
    private static void count(app.strategyworkbook.template.FieldRef where, String name, long open, int of,
                              Findings findings) {
        if (of == 0 || open == of && of == 1) {
            findings.warning(where, name, NOT_FILLED);
        } else if (open > 0) {
            findings.warning(where, name, open + " of " + of + " lines not filled in yet");
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
