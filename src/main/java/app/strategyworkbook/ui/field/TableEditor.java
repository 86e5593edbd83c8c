package app.strategyworkbook.ui.field;

import app.strategyworkbook.template.Kind;
import app.strategyworkbook.template.TemplateField;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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
    private final ObservableList<R> items;
    private final Supplier<R> newRow;
    /** Each column's text in a row, to tell a row left empty. */
    private final java.util.List<Function<R, String>> texts = new java.util.ArrayList<>();
    private final NewRow added;
    private final TableEnds<R> ends = new TableEnds<>() {
        @Override
        public void pastTheEnd() {
            addAndEdit();
        }

        @Override
        public void dropped(R row) {
            int at = items.indexOf(row);
            if (added.dropped(at)) {
                // The keyboard stays in the table, on the row above, from where Tab goes on past the table.
                if (!items.isEmpty()) {
                    table.getSelectionModel().clearAndSelect(items.size() - 1, firstColumn());
                }
                table.requestFocus();
            }
        }
    };

    TableEditor(String id, String label, ObservableList<R> items, Supplier<R> newRow, Runnable endTyping,
                app.strategyworkbook.edit.EditHistory history) {
        this.endTyping = endTyping;
        this.items = items;
        this.newRow = newRow;
        this.added = new NewRow(items, history, i -> texts.stream().allMatch(t -> {
            String text = t.apply(items.get(i));
            return text == null || text.isBlank();
        }));
        table.setId(id);
        table.setAccessibleText(label);
        table.setItems(items);
        table.setEditable(true);
        // A table wider than the form (large text on a small screen) scrolls sideways inside itself; the form does not.
        table.setMinWidth(0);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new javafx.scene.control.Label("No rows yet"));
        // Tall enough for every row of a table of usual size, so the form scrolls as one page. A longer table (a
        // strategy of thousands of risks) scrolls inside, so that only its visible rows are ever made and styled.
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().bind(Bindings.max(2, Bindings.min(MOST_ROWS_SHOWN, Bindings.size(items)))
                .multiply(ROW_HEIGHT).add(HEADER_HEIGHT));
        table.minHeightProperty().bind(table.prefHeightProperty());
        // A cell at a time, as in a spreadsheet: the arrow keys move between cells, and typing on the chosen cell
        // starts editing it with what was typed.
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_TYPED, this::typeOnChosenCell);
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> CellEdit.homeOrEnd(e, () -> {
            TableColumn<R, ?> column = chosenColumn();
            if (column != null) {
                table.edit(table.getFocusModel().getFocusedCell().getRow(), column);
            }
        }));
        HBox buttons = Rows.attach(id, "row", "Add row", "Delete row", table, items, table.getSelectionModel(),
                this::addAndEdit, () -> table.getEditingCell() != null);
        // The headers are made with the skin and laid out with the table: looked for once it has a width.
        table.widthProperty().addListener((obs, was, is) -> headersWhole());
        table.getColumns().addListener((javafx.collections.ListChangeListener<TableColumn<R, ?>>) c -> headersWhole());
        table.editingCellProperty().addListener((obs, was, is) -> {
            if (is != null) {
                added.editing(is.getRow());
            }
        });
        view = new VBox(table, buttons);
        view.getStyleClass().add("table-editor");
        FrameByFrame.slow(view);
    }

    /**
     * The column of {@code field}, a field of the table's rows: its header, id and width from the declaration; a level
     * is chosen from its scale or typed; a value its kind cannot read is marked, never changed.
     */
    public TableEditor<R> column(TemplateField field) {
        return column(field, null);
    }

    /** The same, a level read on the scale the table's owner ({@code tableOwner}: the risks) gives it. */
    public TableEditor<R> column(TemplateField field, Object tableOwner) {
        java.util.function.BiConsumer<R, String> write = asOneEdit((row, typed) -> field.text(row).set(typed));
        Predicate<String> readable = text -> field.readable(tableOwner, text);
        boolean level = field.kind() == Kind.LEVEL;
        List<String> scale = level ? field.scale(tableOwner).levels() : List.of();
        TableColumn<R, String> column = textColumn(field.label(), field.key(), row -> field.text(row),
                () -> level ? new LevelTableCell<>(write, readable, scale) : new TextTableCell<>(write, readable));
        texts.add(row -> field.text(row).get());
        share(column, field.kind().width());
        installTip(column, readable, item -> level ? "\"" + item + "\" is not one of " + String.join(", ", scale)
                : "The app cannot read \"" + item + "\" as " + (field.kind() == Kind.PERCENTAGE
                        ? "a percentage from 0% to 100%" : "a " + field.kind().name().toLowerCase(java.util.Locale.ROOT)));
        return this;
    }

    /** How wide each column is, relative to the others: the table's width is shared out by these. */
    private final java.util.Map<TableColumn<R, ?>, Integer> weights = new java.util.LinkedHashMap<>();

    private void share(TableColumn<R, ?> column, int weight) {
        weights.put(column, weight);
        double total = weights.values().stream().mapToInt(Integer::intValue).sum();
        weights.forEach((c, w) -> c.prefWidthProperty().bind(table.widthProperty().multiply(w / total).subtract(4)));
    }

    /**
     * Columns the file had that the app does not know, each editable: the row's extra cell at that position. Cells a
     * row lacks are added, empty, when first edited.
     */
    public TableEditor<R> extraColumns(java.util.List<String> headers,
                                       Function<R, ObservableList<String>> extraCells) {
        for (int k = 0; k < headers.size(); k++) {
            int index = k;
            TableColumn<R, String> column = textColumn(headers.get(k).isEmpty() ? "(no name)" : headers.get(k),
                    "extra-" + k, row -> {
                        ObservableList<String> cells = extraCells.apply(row);
                        return Bindings.createStringBinding(() -> index < cells.size() ? cells.get(index) : "",
                                cells);
                    }, () -> new TextTableCell<R>(asOneEdit((row, typed) -> {
                        ObservableList<String> cells = extraCells.apply(row);
                        java.util.List<String> updated = new java.util.ArrayList<>(cells);
                        while (updated.size() <= index) {
                            updated.add("");
                        }
                        updated.set(index, typed);
                        cells.setAll(updated);
                    }), null));
            column.setPrefWidth(120);
            texts.add(row -> index < extraCells.apply(row).size() ? extraCells.apply(row).get(index) : "");
        }
        return this;
    }

    /**
     * A column whose cells edit through {@code cells}: they write to the document themselves, however the editing
     * ends, so the column's own commit handler (which runs on Enter alone) does nothing.
     */
    private TableColumn<R, String> textColumn(String header, String idWord,
                                              Function<R, javafx.beans.value.ObservableValue<String>> value,
                                              Supplier<TextTableCell<R>> cells) {
        TableColumn<R, String> column = new TableColumn<>(header);
        column.setId(FieldIds.column(table.getId(), idWord));
        column.setCellValueFactory(row -> value.apply(row.getValue()));
        column.setCellFactory(c -> {
            TextTableCell<R> cell = cells.get();
            cell.ends(ends);
            return cell;
        });
        column.setOnEditCommit(e -> { });
        table.getColumns().add(column);
        return column;
    }

    /** Each kept cell is one undoable edit of its own, not merged with typing before or after it. */
    private java.util.function.BiConsumer<R, String> asOneEdit(java.util.function.BiConsumer<R, String> set) {
        return (row, typed) -> {
            endTyping.run();
            set.accept(row, typed);
            endTyping.run();
        };
    }

    /** A long text is cut to the column's width: its whole text shows on hover, as does why a value is marked. */
    private static <R> void installTip(TableColumn<R, String> column, Predicate<String> readable,
                                       Function<String, String> unreadable) {
        var factory = column.getCellFactory();
        column.setCellFactory(c -> {
            var cell = factory.call(c);
            HoverTip.install(cell, () -> {
                String item = cell.getItem();
                if (cell instanceof TextTableCell<?> text && !text.isReadable(item, cell.isEmpty())) {
                    return unreadable.apply(item);
                }
                return !cell.isEmpty() && item != null && item.length() > 30 ? item : null;
            });
            return cell;
        });
    }

    /** A read-only column of progress bars, with the share in words beside each bar. */
    public TableEditor<R> progressColumn(String header, Function<R, javafx.beans.value.ObservableValue<Number>> progress,
                                         int weight) {
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
        table.getColumns().add(column);
        share(column, weight);
        return this;
    }

    private static final double ROW_HEIGHT = 34;
    /** The most rows a table is tall enough to show at once; more scroll inside it. */
    private static final int MOST_ROWS_SHOWN = 12;
    private static final double HEADER_HEIGHT = 44;
    static final javafx.css.PseudoClass UNREADABLE = javafx.css.PseudoClass.getPseudoClass("unreadable");

    private void typeOnChosenCell(javafx.scene.input.KeyEvent e) {
        String typed = e.getCharacter();
        if (table.getEditingCell() != null || e.isControlDown() || e.isAltDown() || e.isMetaDown()
                || typed.isEmpty() || Character.isISOControl(typed.charAt(0))) {
            return;
        }
        TableColumn<R, ?> column = chosenColumn();
        if (column == null) {
            return;
        }
        table.edit(table.getFocusModel().getFocusedCell().getRow(), column);
        CellEdit.typeInto(typed);
        e.consume();
    }

    /** The column of the chosen cell (the first editable one where a whole row is chosen), if it can be edited. */
    private TableColumn<R, ?> chosenColumn() {
        var focused = table.getFocusModel().getFocusedCell();
        if (table.getEditingCell() != null || focused == null || focused.getRow() < 0) {
            return null;
        }
        TableColumn<R, ?> column = focused.getTableColumn() != null ? focused.getTableColumn()
                : table.getVisibleLeafColumns().stream().filter(TableColumn::isEditable).findFirst().orElse(null);
        return column == null || !column.isEditable() ? null : column;
    }

    /**
     * No column is narrower than its header's words ("Likelihood", not "Likeli…"), at every text size: each header
     * sets its column's least width from its label, and again when the label's font changes.
     */
    private void headersWhole() {
        for (javafx.scene.Node node : table.lookupAll(".column-header")) {
            if (node instanceof javafx.scene.control.skin.TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof javafx.scene.control.Label label
                    && !label.getProperties().containsKey(TableEditor.class)) {
                label.getProperties().put(TableEditor.class, Boolean.TRUE);
                var column = header.getTableColumn();
                javafx.beans.InvalidationListener fit = o -> column.setMinWidth(Math.ceil(label.prefWidth(-1)
                        + label.snappedLeftInset() + label.snappedRightInset() + HEADER_PADDING));
                label.fontProperty().addListener(fit);
                label.textProperty().addListener(fit);
                fit.invalidated(null);
            }
        }
    }

    /** Room beside a header's words: the header's own padding and the column's resize handle. */
    private static final double HEADER_PADDING = 20;

    /**
     * Adds a row at the end and edits its first cell, with the first cell chosen (not the whole row, which would
     * leave the highlight on the last column): the Add row button, Insert, and Tab past the last cell.
     */
    private void addAndEdit() {
        added.add(() -> items.add(newRow.get()));
        int at = items.size() - 1;
        TableColumn<R, ?> first = firstColumn();
        if (first == null) {
            table.getSelectionModel().clearAndSelect(at);
            return;
        }
        table.getSelectionModel().clearAndSelect(at, first);
        table.scrollTo(at);
        table.layout();
        Reveal.row(table, at);
        table.edit(at, first);
    }

    /** The first column the user can type in. */
    private TableColumn<R, ?> firstColumn() {
        return table.getVisibleLeafColumns().stream().filter(TableColumn::isEditable).findFirst().orElse(null);
    }

    public VBox view() {
        return view;
    }

    public TableView<R> table() {
        return table;
    }
}
