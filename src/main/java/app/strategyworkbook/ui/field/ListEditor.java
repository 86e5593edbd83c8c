package app.strategyworkbook.ui.field;

import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A list of lines (initiatives, trends, pain points): edit a line in place (F2, Enter or double-click), add, remove,
 * and move lines up and down, by button or keyboard (Insert, Delete, Alt+Up, Alt+Down).
 */
public final class ListEditor {
    private static final double ROW_HEIGHT = 34;
    private final ListView<String> list;
    private final VBox view;

    ListEditor(String id, String label, ObservableList<String> items, String placeholder, Runnable endTyping) {
        list = new ListView<>(items);
        list.setId(id);
        list.setAccessibleText(label);
        list.setEditable(true);
        list.setCellFactory(v -> new TextFieldListCell<>(new javafx.util.converter.DefaultStringConverter()) {
            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                boolean prompt = !empty && !isEditing() && item != null && item.isEmpty() && !placeholder.isEmpty();
                getStyleClass().remove("prompt");
                if (prompt) {
                    setText(placeholder);
                    getStyleClass().add("prompt");
                }
            }
        });
        list.setFixedCellSize(ROW_HEIGHT);
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.max(2, javafx.beans.binding.Bindings.size(items))
                .multiply(ROW_HEIGHT).add(4));
        list.minHeightProperty().bind(list.prefHeightProperty());
        list.setPlaceholder(new javafx.scene.control.Label(placeholder.isEmpty() ? "No lines yet" : placeholder));
        list.setOnEditCommit(e -> {
            items.set(e.getIndex(), e.getNewValue());
            endTyping.run();
        });
        Button add = button(id + "-add", "Add", "Add a line");
        Button remove = button(id + "-remove", "Remove", "Remove the selected line");
        Button up = button(id + "-up", "Move up", "Move the selected line up");
        Button down = button(id + "-down", "Move down", "Move the selected line down");
        var selected = list.getSelectionModel().selectedIndexProperty();
        remove.disableProperty().bind(selected.lessThan(0));
        up.disableProperty().bind(selected.lessThan(1));
        down.disableProperty().bind(selected.lessThan(0).or(selected.greaterThanOrEqualTo(
                javafx.beans.binding.Bindings.size(items).subtract(1))));
        add.setOnAction(e -> add(items));
        remove.setOnAction(e -> Rows.remove(items, list.getSelectionModel()));
        up.setOnAction(e -> Rows.move(items, list.getSelectionModel(), -1));
        down.setOnAction(e -> Rows.move(items, list.getSelectionModel(), 1));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.INSERT) {
                add(items);
            } else if (e.getCode() == KeyCode.DELETE && list.getEditingIndex() < 0) {
                Rows.remove(items, list.getSelectionModel());
            } else if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                Rows.move(items, list.getSelectionModel(), -1);
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                Rows.move(items, list.getSelectionModel(), 1);
            } else {
                return;
            }
            e.consume();
        });
        HBox buttons = new HBox(add, remove, up, down);
        buttons.getStyleClass().add("row-buttons");
        view = new VBox(list, buttons);
        view.getStyleClass().add("list-editor");
    }

    private void add(ObservableList<String> items) {
        items.add("");
        int at = items.size() - 1;
        list.getSelectionModel().select(at);
        list.layout();
        list.edit(at);
    }

    private static Button button(String id, String text, String accessible) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(accessible);
        button.setFocusTraversable(true);
        return button;
    }

    public VBox view() {
        return view;
    }

    public ListView<String> list() {
        return list;
    }
}
