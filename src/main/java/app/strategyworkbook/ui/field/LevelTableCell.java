package app.strategyworkbook.ui.field;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;

/**
 * A table cell of a level (Low, Medium, High…): chosen from the scale, or typed, so a level someone wrote another way
 * is kept as written and marked when the app cannot read it. Choosing from the list keeps the choice at once.
 */
final class LevelTableCell<R> extends TextTableCell<R> {
    private final ComboBox<String> levels;
    /** True while the cell puts its own value into the list, which is not the user choosing. */
    private boolean readying;

    LevelTableCell(BiConsumer<R, String> write, Predicate<String> readable, List<String> scale) {
        this(write, readable, new ComboBox<>(FXCollections.observableArrayList(scale)));
    }

    private LevelTableCell(BiConsumer<R, String> write, Predicate<String> readable, ComboBox<String> levels) {
        super(write, readable, levels, levels, levels.getEditor());
        this.levels = levels;
        levels.setEditable(true);
        levels.setMaxWidth(Double.MAX_VALUE);
        levels.getSelectionModel().selectedItemProperty().addListener((obs, was, chosen) -> {
            if (!readying && chosen != null && isEditing() && levels.isShowing()) {
                levels.getEditor().setText(chosen);
                levels.hide();
                CellEdit.keepPending();
            }
        });
    }

    @Override
    void editing(String value) {
        readying = true;
        try {
            levels.getSelectionModel().clearSelection();
            levels.setValue(value);
        } finally {
            readying = false;
        }
    }
}
