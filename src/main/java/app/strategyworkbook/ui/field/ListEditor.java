package app.strategyworkbook.ui.field;

import app.strategyworkbook.template.Placeholder;
import javafx.collections.ObservableList;
import javafx.scene.control.ListView;
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
    private final ObservableList<String> items;
    private final NewRow added;

    ListEditor(String id, String label, ObservableList<String> items, Placeholder placeholder, Runnable endTyping,
               app.strategyworkbook.edit.EditHistory history) {
        this.items = items;
        this.added = new NewRow(items, history, i -> items.get(i).isBlank());
        list = new ListView<>(items);
        list.setId(id);
        list.setAccessibleText(label);
        list.setEditable(true);
        // Each kept line is one undoable edit of its own, not merged with typing before or after it.
        TableEnds<Integer> ends = new TableEnds<>() {
            @Override
            public void pastTheEnd() {
                addAndEdit();
            }

            @Override
            public void dropped(Integer line) {
                if (added.dropped(line)) {
                    if (!items.isEmpty()) {
                        list.getSelectionModel().clearAndSelect(items.size() - 1);
                    }
                    list.requestFocus();
                }
            }
        };
        list.setCellFactory(v -> new LineListCell((at, typed) -> {
            endTyping.run();
            items.set(at, typed);
            endTyping.run();
        }, placeholder, ends));
        list.editingIndexProperty().addListener((obs, was, is) -> {
            if (is.intValue() >= 0) {
                added.editing(is.intValue());
            }
        });
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> CellEdit.homeOrEnd(e, () -> {
            int at = list.getSelectionModel().getSelectedIndex();
            if (list.getEditingIndex() < 0 && at >= 0) {
                list.edit(at);
            }
        }));
        // Typing on the chosen line starts editing it with what was typed.
        list.addEventHandler(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            int at = list.getSelectionModel().getSelectedIndex();
            if (list.getEditingIndex() < 0 && at >= 0 && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()
                    && !typed.isEmpty() && !Character.isISOControl(typed.charAt(0))) {
                list.edit(at);
                CellEdit.typeInto(typed);
                e.consume();
            }
        });
        list.setFixedCellSize(ROW_HEIGHT);
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.max(2, javafx.beans.binding.Bindings.size(items))
                .multiply(ROW_HEIGHT).add(4));
        list.minHeightProperty().bind(list.prefHeightProperty());
        list.setPlaceholder(new javafx.scene.control.Label(placeholder.at(0).isEmpty() ? "No lines yet" : placeholder.at(0)));
        // The cells write what is typed themselves, however the editing ends; the list's own commit (on Enter alone)
        // would write it a second time.
        list.setOnEditCommit(e -> { });
        HBox buttons = Rows.attach(id, "line", "Add", "Remove", list, items, list.getSelectionModel(),
                this::addAndEdit, () -> list.getEditingIndex() >= 0);
        view = new VBox(list, buttons);
        view.getStyleClass().add("list-editor");
    }

    /** Adds an empty line at the end and edits it: the Add button, Insert, and Tab past the last line. */
    private void addAndEdit() {
        added.add(() -> items.add(""));
        int at = items.size() - 1;
        list.getSelectionModel().clearAndSelect(at);
        list.layout();
        Reveal.row(list, at);
        list.edit(at);
    }

    public VBox view() {
        return view;
    }

    public ListView<String> list() {
        return list;
    }
}
