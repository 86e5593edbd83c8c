package app.strategyworkbook.template;

import app.strategyworkbook.model.StrategyDocument;
import java.util.List;

/**
 * What stands in a copy of a document where a row or a list stands in the document itself: the same place, found
 * through the catalogue. Typing not yet kept in a cell is journalled into a copy of the document this way, at its
 * cell's row, so the live document (and its undo history) stays untouched until the cell is left.
 */
public final class Counterpart {
    private Counterpart() {
    }

    /**
     * The row or list of {@code copy} standing where {@code wanted} (a row or a list, by identity) stands in
     * {@code from}; null if it is not there, or the copy has no such place.
     */
    public static Object of(Object wanted, StrategyDocument from, StrategyDocument copy) {
        for (DocumentPart part : DocumentPart.values()) {
            Object found = find(wanted, part.in(from), part.in(copy), Template.fieldsOf(part));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Object find(Object wanted, Object from, Object into, List<TemplateField> fields) {
        for (TemplateField field : fields) {
            if (field.kind().isText()) {
                continue;
            }
            List<Object> rows = field.rows(from);
            List<Object> copies = field.rows(into);
            if (rows == wanted) {
                return copies;
            }
            for (int i = 0; i < rows.size() && i < copies.size(); i++) {
                Object row = rows.get(i);
                if (row == wanted) {
                    return copies.get(i);
                }
                if (!(row instanceof String)) {
                    Object found = find(wanted, row, copies.get(i), field.columns());
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }
}
