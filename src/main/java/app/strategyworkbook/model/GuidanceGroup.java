package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One audience of the how-to-use guidance, with its advice lines. */
public final class GuidanceGroup extends Part {
    private final StringProperty audience = new SimpleStringProperty(this, "audience", "");
    private final ObservableList<NamedItem> items = FXCollections.observableArrayList();

    public String getAudience() { return audience.get(); }
    public void setAudience(String value) { audience.set(value == null ? "" : value); }
    public StringProperty audienceProperty() { return audience; }
    public ObservableList<NamedItem> getItems() { return items; }
}
