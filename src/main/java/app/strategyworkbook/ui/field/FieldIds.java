package app.strategyworkbook.ui.field;

import app.strategyworkbook.template.FieldRef;
import app.strategyworkbook.template.Kind;
import app.strategyworkbook.template.TemplateField;
import java.util.List;

/**
 * The id of the control that edits a field, made from the field's declaration alone: the part's key, the position of
 * each pillar, segment or group it stands in, then the field's key ("overview-mission", "pillars-1-description",
 * "resources-allocations"). Tests click by these ids and the check panel takes the user to them.
 */
public final class FieldIds {
    private FieldIds() {
    }

    /** The id of the control of {@code field} inside the items at {@code placing} (one index per items around it). */
    public static String of(TemplateField field, List<Integer> placing) {
        StringBuilder id = new StringBuilder();
        path(field, placing, id);
        return id.toString();
    }

    private static void path(TemplateField field, List<Integer> placing, StringBuilder id) {
        TemplateField parent = field.parent();
        if (parent == null) {
            id.append(field.part().key());
        } else if (parent.kind() == Kind.ITEMS) {
            // A pillar's fields have controls of their own, named by the pillar's position.
            id.append(field.part().key());
            placing.forEach(i -> id.append('-').append(i));
        } else {
            // A column is a column of its table's control.
            path(parent, placing.subList(0, placing.size() - 1), id);
        }
        id.append('-').append(field.key().replace('.', '-'));
    }

    /**
     * Where a reference leads on screen: the control's id, the row to choose in it where the control is a table or
     * list (-1 for none), and the id of the column where the field is a table's cell (null for none).
     */
    public record Place(String controlId, int row, String columnId) {
    }

    /** The control of {@code ref}: its own, or, for a cell of a table, the table's, the cell's row and its column. */
    public static Place of(FieldRef ref) {
        TemplateField field = ref.field();
        if (field.parent() != null && field.parent().kind() != Kind.ITEMS) {
            List<Integer> rows = ref.placing();
            String table = of(field.parent(), rows.subList(0, rows.size() - 1));
            return new Place(table, rows.get(rows.size() - 1), column(table, field.key()));
        }
        return new Place(of(field, ref.placing()), ref.row(), null);
    }

    /** The id of a table's column, from the table's id and a word for the column ("risks-risks-likelihood"). */
    public static String column(String tableId, String word) {
        return tableId + "-" + word.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
