package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A list line of the form <em>name: description</em>, as used for values, channels, principles and success metrics. */
public final class NamedItem {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");

    public String getName() { return name.get(); }
    public void setName(String value) { name.set(value == null ? "" : value); }
    public StringProperty nameProperty() { return name; }
    public String getDescription() { return description.get(); }
    public void setDescription(String value) { description.set(value == null ? "" : value); }
    public StringProperty descriptionProperty() { return description; }
}
