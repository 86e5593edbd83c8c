package app.strategyworkbook.ui.field;

import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.template.Counterpart;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A table cell of text, edited in place: double-click, F2, Enter, or start typing on the chosen cell. What is typed is
 * kept however the cell is left (see {@link CellEdit}); a value its column cannot read is marked, never changed.
 */
class TextTableCell<R> extends TableCell<R, String> implements CellEdit.Cell {
    private final BiConsumer<R, String> write;
    private final Predicate<String> readable;
    private final TextField input;
    private final Node editor;
    private final CellEdit edit;
    /** The row being edited, fixed when editing starts: a scrolled table may give this cell another row meanwhile. */
    private R row;
    /** What the table does when Tab goes past its last cell, and when Escape drops the typing in a row. */
    private TableEnds<R> ends;

    /**
     * @param write    puts the kept text into the row's field in the document
     * @param readable whether the column can read a value (null: any text is fine)
     */
    TextTableCell(BiConsumer<R, String> write, Predicate<String> readable) {
        this(write, readable, new TextField());
    }

    private TextTableCell(BiConsumer<R, String> write, Predicate<String> readable, TextField input) {
        this(write, readable, input, input, input);
    }

    /** A cell edited in {@code editor}, with the keyboard on {@code keyboard} and its text in {@code input}. */
    TextTableCell(BiConsumer<R, String> write, Predicate<String> readable, Node editor, Control keyboard,
                  TextField input) {
        this.write = write;
        this.readable = readable;
        this.input = input;
        this.editor = editor;
        this.edit = new CellEdit(this, keyboard, input);
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing() || getTableView() == null || getIndex() < 0
                || getIndex() >= getTableView().getItems().size()) {
            return;
        }
        row = getTableView().getItems().get(getIndex());
        setText(null);
        setGraphic(editor);
        // The editor's skin is made now, not at the next frame, where a combo box's would put back its own text.
        editor.applyCss();
        edit.begin(getItem());
        editing(getItem());
        editor.requestFocus();
        edit.placeCaret();
    }

    /** The table's answer to Tab past its last cell and to Escape, set by the table as it makes the cell. */
    void ends(TableEnds<R> ends) {
        this.ends = ends;
    }

    /** The editor is about to show {@code value}: a subclass readies its own control. */
    void editing(String value) {
    }

    @Override
    public void cancelEdit() {
        if (!isEditing()) {
            return;
        }
        super.cancelEdit();
        show(getItem(), isEmpty());
        // The table ends editing for many reasons besides Escape (another cell chosen, the row scrolled away):
        // the typing is kept unless Escape dropped it.
        edit.end();
    }

    @Override
    public void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (isEditing() && !empty) {
            return; // the editor shows the typing
        }
        show(item, empty);
    }

    private void show(String item, boolean empty) {
        setGraphic(null);
        setText(empty ? null : item);
        pseudoClassStateChanged(TableEditor.UNREADABLE, !isReadable(item, empty));
    }

    /** Whether the cell holds text its column can read; an empty cell is fine. */
    boolean isReadable(String item, boolean empty) {
        return empty || readable == null || item == null || item.isEmpty() || readable.test(item);
    }

    @Override
    public void keep(String typed) {
        if (row != null) {
            write.accept(row, typed);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void keepInto(StrategyDocument live, StrategyDocument copy, String typed) {
        Object copied = row == null ? null : Counterpart.of(row, live, copy);
        if (copied != null) {
            write.accept((R) copied, typed);
        }
    }

    @Override
    public void finish(String typed) {
        if (isEditing()) {
            commitEdit(typed);
        }
    }

    @Override
    public void drop() {
        R dropped = row;
        cancelEdit();
        if (ends != null && dropped != null) {
            ends.dropped(dropped);
        }
    }

    @Override
    public void moveBy(int step) {
        TableView<R> table = getTableView();
        int at = table.getItems().indexOf(row);
        List<TableColumn<R, ?>> columns = table.getVisibleLeafColumns().stream()
                .filter(TableColumn::isEditable).toList();
        int column = columns.indexOf(getTableColumn()) + step;
        if (column >= columns.size()) {
            column = 0;
            at++;
        } else if (column < 0) {
            column = columns.size() - 1;
            at--;
        }
        if (at >= table.getItems().size() && ends != null && !columns.isEmpty()) {
            ends.pastTheEnd();
            return;
        }
        if (at < 0 || at >= table.getItems().size() || columns.isEmpty()) {
            tabOutOf(table, step < 0);
            return;
        }
        TableColumn<R, ?> next = columns.get(column);
        table.getSelectionModel().clearAndSelect(at, next);
        table.scrollTo(at);
        table.scrollToColumn(next);
        table.layout();
        table.edit(at, next);
    }

    /** Moves the keyboard out of {@code control} to the next (or previous) control, as Tab does outside a table. */
    static void tabOutOf(Control control, boolean backwards) {
        control.requestFocus();
        control.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, backwards, false, false, false));
    }
}
