package app.strategyworkbook.ui.field;

import javafx.collections.ObservableList;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.TextFieldListCell;
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
        HBox buttons = Rows.attach(id, "line", "Add", "Remove", list, items, list.getSelectionModel(),
                () -> add(items), () -> list.getEditingIndex() >= 0);
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


    public VBox view() {
        return view;
    }

    public ListView<String> list() {
        return list;
    }
}
