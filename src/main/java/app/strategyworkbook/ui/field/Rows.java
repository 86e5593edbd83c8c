package app.strategyworkbook.ui.field;

import javafx.collections.ObservableList;
import javafx.scene.control.SelectionModel;

/** Removing and moving the selected row of a list or table: one list change each, so one undoable edit. */
final class Rows {
    private Rows() {
    }

    static <T> void remove(ObservableList<T> items, SelectionModel<?> selection) {
        int at = selection.getSelectedIndex();
        if (at >= 0 && at < items.size()) {
            items.remove(at);
            if (!items.isEmpty()) {
                selection.select(Math.min(at, items.size() - 1));
            }
        }
    }

    static <T> void move(ObservableList<T> items, SelectionModel<?> selection, int by) {
        int at = selection.getSelectedIndex();
        int to = at + by;
        if (at < 0 || to < 0 || to >= items.size()) {
            return;
        }
        java.util.List<T> reordered = new java.util.ArrayList<>(items);
        reordered.add(to, reordered.remove(at));
        items.setAll(reordered);
        selection.select(to);
    }

}
