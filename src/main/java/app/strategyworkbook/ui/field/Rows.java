package app.strategyworkbook.ui.field;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.SelectionModel;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/**
 * The rows of a list or table: add, remove and move the selected one, by buttons and by keys (Insert, Delete,
 * Alt+Up, Alt+Down). Each is one list change, so one undoable edit. Shared by the list and the table editor.
 */
public final class Rows {
    private Rows() {
    }

    /** The keys {@link #attach} gives a list or table, for the shortcut list. */
    public static final List<KeyHelp> KEYS = List.of(
            new KeyHelp("Add a row or line", KeyCode.INSERT.getName()),
            new KeyHelp("Remove the chosen row or line", KeyCode.DELETE.getName()),
            new KeyHelp("Move the chosen row or line up, down", "Alt+Up, Alt+Down"));

    /**
     * Buttons under the control, enabled when they can act, and the same acts on the control's keys.
     *
     * @param noun    "line" or "row", for the buttons' accessible text
     * @param editing whether a cell is being edited (then Delete belongs to the cell's text)
     */
    static HBox attach(String id, String noun, String addLabel, String removeLabel, Control control,
                       ObservableList<?> items, SelectionModel<?> selection, Runnable add, BooleanSupplier editing) {
        Button addButton = Icons.button(id + "-add", org.kordamp.ikonli.feather.Feather.PLUS, "Add a " + noun,
                KeyCode.INSERT.getName(), add);
        // The one action always shown says what it does; the others appear as icons when the pointer or the keyboard
        // is on the list or table.
        addButton.setText(addLabel);
        addButton.getStyleClass().add("add-button");
        Button remove = Icons.button(id + "-remove", org.kordamp.ikonli.feather.Feather.TRASH_2,
                "Remove the selected " + noun, KeyCode.DELETE.getName(), () -> remove(items, selection));
        Runnable upAct = () -> {
            move(items, selection, -1);
            Reveal.row(control, selection.getSelectedIndex());
        };
        Runnable downAct = () -> {
            move(items, selection, 1);
            Reveal.row(control, selection.getSelectedIndex());
        };
        Button up = Icons.button(id + "-up", org.kordamp.ikonli.feather.Feather.ARROW_UP,
                "Move the selected " + noun + " up", "Alt+Up", upAct);
        Button down = Icons.button(id + "-down", org.kordamp.ikonli.feather.Feather.ARROW_DOWN,
                "Move the selected " + noun + " down", "Alt+Down", downAct);
        for (Button hover : List.of(remove, up, down)) {
            hover.getStyleClass().add("on-hover");
        }
        var selected = selection.selectedIndexProperty();
        remove.disableProperty().bind(selected.lessThan(0));
        up.disableProperty().bind(selected.lessThan(1));
        down.disableProperty().bind(selected.lessThan(0).or(selected.greaterThanOrEqualTo(
                Bindings.size(items).subtract(1))));
        control.setOnKeyPressed(e -> {
            if (editing.getAsBoolean()) {
                return;
            }
            if (e.getCode() == KeyCode.INSERT) {
                add.run();
            } else if (e.getCode() == KeyCode.DELETE) {
                remove(items, selection);
            } else if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                upAct.run();
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                downAct.run();
            } else {
                return;
            }
            e.consume();
        });
        HBox buttons = new HBox(addButton, remove, up, down);
        buttons.getStyleClass().add("row-buttons");
        return buttons;
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
        List<T> reordered = new ArrayList<>(items);
        reordered.add(to, reordered.remove(at));
        items.setAll(reordered);
        // The chosen cell's column stays chosen, and the view follows the row to where it went.
        if (selection instanceof javafx.scene.control.TableView.TableViewSelectionModel<?> cells
                && cells.isCellSelectionEnabled() && cells.getTableView().getFocusModel().getFocusedCell() != null) {
            var column = cells.getTableView().getFocusModel().getFocusedCell().getTableColumn();
            cells.clearAndSelect(to, column);
        } else {
            selection.select(to);
        }
    }
}
