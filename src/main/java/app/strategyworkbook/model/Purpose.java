package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Why this document exists. */
public final class Purpose extends Section {
    private final StringProperty text = new SimpleStringProperty(this, "text", "");

    public String getText() { return text.get(); }
    public void setText(String value) { text.set(value == null ? "" : value); }
    public StringProperty textProperty() { return text; }
}
