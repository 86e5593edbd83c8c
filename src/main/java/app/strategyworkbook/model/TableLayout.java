package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** How a table was laid out in the file: its header cells as typed (including columns the app does not know) and its delimiter row, so that a table is written back as it was read. */
public final class TableLayout {
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final StringProperty delimiterRow = new SimpleStringProperty(this, "delimiterRow", "");

    public ObservableList<String> getColumns() { return columns; }
    public String getDelimiterRow() { return delimiterRow.get(); }
    public void setDelimiterRow(String value) { delimiterRow.set(value == null ? "" : value); }
    public StringProperty delimiterRowProperty() { return delimiterRow; }
}
