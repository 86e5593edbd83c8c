package app.strategyworkbook.ui.field;

import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.template.Counterpart;
import java.util.function.BiConsumer;
import app.strategyworkbook.template.Placeholder;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/**
 * A line of a list (an initiative, a trend), edited in place: what is typed is kept however the line is left (see
 * {@link CellEdit}). An empty line shows the template's prompt, muted.
 */
final class LineListCell extends ListCell<String> implements CellEdit.Cell {
    private final TextField input = new TextField();
    private final CellEdit edit = new CellEdit(this, input, input);
    private final BiConsumer<Integer, String> write;
    private final Placeholder placeholder;
    private final TableEnds<Integer> ends;
    /** The line being edited, fixed when editing starts. */
    private int line = -1;

    /**
     * @param write puts the kept text into the line at an index of the document's list
     * @param ends  adds a line when Tab leaves the last, and removes a new line left empty with Escape
     */
    LineListCell(BiConsumer<Integer, String> write, Placeholder placeholder, TableEnds<Integer> ends) {
        this.write = write;
        this.placeholder = placeholder;
        this.ends = ends;
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        line = getIndex();
        edit.begin(getItem());
        setText(null);
        setGraphic(input);
        getStyleClass().remove("prompt");
        input.setPromptText(placeholder.at(line));
        input.requestFocus();
        edit.placeCaret();
    }

    @Override
    public void cancelEdit() {
        if (!isEditing()) {
            return;
        }
        super.cancelEdit();
        show(getItem(), isEmpty());
        edit.end(); // kept unless Escape dropped it: the list ends editing for other reasons too
    }

    @Override
    public void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (isEditing() && !empty) {
            return;
        }
        show(item, empty);
    }

    private void show(String item, boolean empty) {
        setGraphic(null);
        // An empty line shows the template's prompt for its place: "[Initiative 2]".
        String prompt = empty || item == null || !item.isEmpty() ? "" : placeholder.at(getIndex());
        getStyleClass().remove("prompt");
        if (!prompt.isEmpty()) {
            getStyleClass().add("prompt");
        }
        if (!empty && prompt.isEmpty() && item != null && FormattedText.hasMarkup(item)) {
            // A line reads as text: "**AI Adoption**: 70%" in bold, not with its asterisks.
            javafx.scene.text.TextFlow flow = new javafx.scene.text.TextFlow();
            flow.getStyleClass().add("formatted-line");
            FormattedText.show(flow, item);
            setText(null);
            setGraphic(flow);
            return;
        }
        setText(empty ? null : prompt.isEmpty() ? item : prompt);
    }

    @Override
    public void keep(String typed) {
        ListView<String> list = getListView();
        if (list != null && line >= 0 && line < list.getItems().size()) {
            write.accept(line, typed);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void keepInto(StrategyDocument live, StrategyDocument copy, String typed) {
        ListView<String> list = getListView();
        Object copied = list == null ? null : Counterpart.of(list.getItems(), live, copy);
        if (copied instanceof java.util.List<?> lines && line >= 0 && line < lines.size()) {
            ((java.util.List<String>) lines).set(line, typed);
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
        int dropped = line;
        cancelEdit();
        ends.dropped(dropped);
    }

    @Override
    public void moveBy(int step) {
        ListView<String> list = getListView();
        int next = line + step;
        if (next >= list.getItems().size()) {
            ends.pastTheEnd();
            return;
        }
        if (next < 0) {
            TextTableCell.tabOutOf(list, step < 0);
            return;
        }
        list.getSelectionModel().clearAndSelect(next);
        list.scrollTo(next);
        list.layout();
        list.edit(next);
    }
}
