package app.strategyworkbook.template;

import app.strategyworkbook.model.StrategyDocument;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * A field in one document: its declaration, and the row of each table or items it stands in ("the likelihood of risk
 * 3" is {@code Template.RISK_LIKELIHOOD.at(2)}). The checks point at fields with these, and the window follows them
 * to the control, so no place is ever spelled as a string and parsed back.
 */
public record FieldRef(TemplateField field, List<Integer> rows) {
    public FieldRef {
        rows = List.copyOf(rows);
        if (rows.size() != field.depth() && rows.size() != field.depth() + 1) {
            throw new IllegalArgumentException(field + " takes " + field.depth() + " row numbers, not " + rows);
        }
    }

    /**
     * The row this reference names inside a table or items field itself ("row 3 of the allocations"), or -1 when it
     * names the field as a whole.
     */
    public int row() {
        return rows.size() > field.depth() ? rows.get(rows.size() - 1) : -1;
    }

    /** The rows that place the field, without the row named inside it. */
    public List<Integer> placing() {
        return rows.subList(0, field.depth());
    }

    /** The object that holds the field in {@code doc}. */
    public Object owner(StrategyDocument doc) {
        return field.owner(doc, placing());
    }

    /** The field's text in {@code doc}. */
    public StringProperty text(StrategyDocument doc) {
        return field.text(owner(doc));
    }

    /** The field's rows in {@code doc}. */
    public <R> ObservableList<R> list(StrategyDocument doc) {
        return field.rows(owner(doc));
    }

    public DocumentPart part() {
        return field.part();
    }

    /**
     * The field's place in the JSON format, as a JSON Pointer: "/overview/mission", "/risks/risks/2/likelihood",
     * "/pillars/pillars/0/metrics/1/current".
     */
    public String pointer() {
        StringBuilder out = new StringBuilder();
        pointer(field, placing(), out);
        if (row() >= 0) {
            out.append('/').append(row());
        }
        return out.toString();
    }

    private static void pointer(TemplateField f, List<Integer> rows, StringBuilder out) {
        if (f.parent() == null) {
            out.append('/').append(f.part().key());
        } else {
            pointer(f.parent(), rows.subList(0, rows.size() - 1), out);
            out.append('/').append(rows.get(rows.size() - 1));
        }
        for (String step : f.key().split("\\.")) {
            out.append('/').append(step);
        }
    }

    @Override
    public String toString() {
        return pointer();
    }
}
