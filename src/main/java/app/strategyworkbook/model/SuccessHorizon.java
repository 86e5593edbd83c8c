package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The 1-year or 3-year success criteria: a date and metric lines. */
public final class SuccessHorizon {
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final ObservableList<NamedItem> metrics = FXCollections.observableArrayList();

    public String getDate() { return date.get(); }
    public void setDate(String value) { date.set(value == null ? "" : value); }
    public StringProperty dateProperty() { return date; }
    public ObservableList<NamedItem> getMetrics() { return metrics; }

    public java.util.Optional<StrategyDate> dateValue() {
        return StrategyDate.parse(getDate());
    }
}
