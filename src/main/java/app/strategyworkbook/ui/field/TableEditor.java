package app.strategyworkbook.ui.field;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * An editable table (competitors, allocations, risks, named lines): cells edited in place and bound to the model;
 * add, delete and move rows by button or keyboard (Insert, Delete, Alt+Up, Alt+Down). A column may mark values it
 * cannot read (a level that is not one, a percentage that is not a number) without changing them.
 */
public final class TableEditor<R> {
    private final TableView<R> table = new TableView<>();
    private final VBox view;
    private final Runnable endTyping;

    TableEditor(String id, String label, ObservableList<R> items, Supplier<R> newRow, Runnable endTyping) {
        this.endTyping = endTyping;
        table.setId(id);
        table.setAccessibleText(label);
        table.setItems(items);
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new javafx.scene.control.Label("No rows yet"));
        // Tall enough for every row of a table of usual size, so the form scrolls as one page. A longer table (a
        // strategy of thousands of risks) scrolls inside, so that only its visible rows are ever made and styled.
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().bind(Bindings.max(2, Bindings.min(MOST_ROWS_SHOWN, Bindings.size(items)))
                .multiply(ROW_HEIGHT).add(HEADER_HEIGHT));
        table.minHeightProperty().bind(table.prefHeightProperty());
        HBox buttons = Rows.attach(id, "row", "Add row", "Delete row", table, items, table.getSelectionModel(),
                () -> add(items, newRow), () -> table.getEditingCell() != null);
        view = new VBox(table, buttons);
        view.getStyleClass().add("table-editor");
        FrameByFrame.slow(view);
    }

    /** A text column bound to one property of the row. */
    public TableEditor<R> column(String header, Function<R, StringProperty> cell, double share) {
        return column(header, cell, share, null);
    }

    /** A text column whose cells are marked when {@code readable} says their text cannot be read. */
    public TableEditor<R> column(String header, Function<R, StringProperty> cell, double share,
                                 Predicate<String> readable) {
        TableColumn<R, String> column = new TableColumn<>(header);
        column.setId(table.getId() + "-" + header.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        column.setCellValueFactory(row -> cell.apply(row.getValue()));
        column.setCellFactory(c -> {
            var text = new TextFieldTableCell<R, String>(new javafx.util.converter.DefaultStringConverter()) {
                @Override
                public void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(UNREADABLE, unreadable(readable, item, empty));
                }
            };
            // A long text is cut to the column's width; its whole text shows on hover.
            HoverTip.install(text, () -> {
                String item = text.getItem();
                return unreadable(readable, item, text.isEmpty()) ? "The app cannot read \"" + item + "\" here"
                        : !text.isEmpty() && item != null && item.length() > 30 ? item : null;
            });
            return text;
        });
        column.setOnEditCommit(e -> {
            cell.apply(e.getRowValue()).set(e.getNewValue());
            endTyping.run();
        });
        column.prefWidthProperty().bind(table.widthProperty().multiply(share).subtract(4));
        table.getColumns().add(column);
        return this;
    }

    /**
     * A column of levels (Low, Medium, High…): chosen from a list, or typed, so a level someone wrote another way is
     * kept as written, and marked when the app cannot read it.
     */
    public TableEditor<R> levelColumn(String header, Function<R, StringProperty> cell, double share,
                                      java.util.List<String> levels, Predicate<String> readable) {
        TableColumn<R, String> column = new TableColumn<>(header);
        column.setId(table.getId() + "-" + header.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        column.setCellValueFactory(row -> cell.apply(row.getValue()));
        column.setCellFactory(c -> {
            var combo = new javafx.scene.control.cell.ComboBoxTableCell<R, String>(
                    javafx.collections.FXCollections.observableArrayList(levels)) {
                @Override
                public void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(UNREADABLE, unreadable(readable, item, empty));
                }
            };
            HoverTip.install(combo, () -> unreadable(readable, combo.getItem(), combo.isEmpty())
                    ? "\"" + combo.getItem() + "\" is not one of " + String.join(", ", levels) : null);
            combo.setComboBoxEditable(true);
            return combo;
        });
        column.setOnEditCommit(e -> {
            cell.apply(e.getRowValue()).set(e.getNewValue() == null ? "" : e.getNewValue());
            endTyping.run();
        });
        column.prefWidthProperty().bind(table.widthProperty().multiply(share).subtract(4));
        table.getColumns().add(column);
        return this;
    }

    /**
     * Columns the file had that the app does not know, each editable: the row's extra cell at that position. Cells a
     * row lacks are added, empty, when first edited.
     */
    public TableEditor<R> extraColumns(java.util.List<String> headers,
                                       Function<R, ObservableList<String>> extraCells) {
        for (int k = 0; k < headers.size(); k++) {
            int index = k;
            TableColumn<R, String> column = new TableColumn<>(headers.get(k).isEmpty() ? "(no name)" : headers.get(k));
            column.setId(table.getId() + "-extra-" + k);
            column.setCellValueFactory(row -> {
                ObservableList<String> cells = extraCells.apply(row.getValue());
                return Bindings.createStringBinding(() -> index < cells.size() ? cells.get(index) : "", cells);
            });
            column.setCellFactory(TextFieldTableCell.forTableColumn());
            column.setOnEditCommit(e -> {
                ObservableList<String> cells = extraCells.apply(e.getRowValue());
                java.util.List<String> updated = new java.util.ArrayList<>(cells);
                while (updated.size() <= index) {
                    updated.add("");
                }
                updated.set(index, e.getNewValue());
                cells.setAll(updated);
                endTyping.run();
            });
            column.setPrefWidth(120);
            table.getColumns().add(column);
        }
        return this;
    }

    /** A read-only column of progress bars, with the share in words beside each bar. */
    public TableEditor<R> progressColumn(String header, Function<R, javafx.beans.value.ObservableValue<Number>> progress,
                                         double share) {
        TableColumn<R, Number> column = new TableColumn<>(header);
        column.setId(table.getId() + "-progress");
        column.setEditable(false);
        column.setCellValueFactory(row -> progress.apply(row.getValue()));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
            private final javafx.scene.control.Label words = new javafx.scene.control.Label();
            private final HBox box = new HBox(6, bar, words);

            {
                box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                if (empty || value == null || value.doubleValue() < 0) {
                    setGraphic(null);
                    setText(empty ? null : "—");
                    return;
                }
                bar.setProgress(value.doubleValue());
                bar.setPrefWidth(90);
                words.setText(Math.round(value.doubleValue() * 100) + "%");
                setText(null);
                setGraphic(box);
            }
        });
        column.prefWidthProperty().bind(table.widthProperty().multiply(share).subtract(4));
        table.getColumns().add(column);
        return this;
    }

    private static final double ROW_HEIGHT = 34;
    /** The most rows a table is tall enough to show at once; more scroll inside it. */
    private static final int MOST_ROWS_SHOWN = 12;
    private static final double HEADER_HEIGHT = 44;
    private static final javafx.css.PseudoClass UNREADABLE = javafx.css.PseudoClass.getPseudoClass("unreadable");

    /** Whether a cell holds text its column cannot read (a level that is not one). */
    private static boolean unreadable(Predicate<String> readable, String item, boolean empty) {
        return !empty && readable != null && item != null && !item.isEmpty() && !readable.test(item);
    }

    private void add(ObservableList<R> items, Supplier<R> newRow) {
        items.add(newRow.get());
        int at = items.size() - 1;
        table.getSelectionModel().select(at);
        table.scrollTo(at);
        if (!table.getColumns().isEmpty()) {
            table.layout();
            table.edit(at, table.getColumns().get(0));
        }
    }


    public VBox view() {
        return view;
    }

    public TableView<R> table() {
        return table;
    }
}
