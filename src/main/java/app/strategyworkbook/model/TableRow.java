package app.strategyworkbook.model;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A table row. Cells of columns the app does not know (an "Owner" column someone added by hand) are kept in
 * {@link #getExtraCells()}, in the order of those columns in the table's {@link TableLayout}.
 */
public abstract class TableRow {
    private final ObservableList<String> extraCells = FXCollections.observableArrayList();

    public ObservableList<String> getExtraCells() { return extraCells; }
}
