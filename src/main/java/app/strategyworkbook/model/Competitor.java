package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One row of the direct-competitor table. */
public final class Competitor extends TableRow {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty strength = new SimpleStringProperty(this, "strength", "");
    private final StringProperty weakness = new SimpleStringProperty(this, "weakness", "");
    private final StringProperty differentiation = new SimpleStringProperty(this, "differentiation", "");

    public String getName() { return name.get(); }
    public void setName(String value) { name.set(value == null ? "" : value); }
    public StringProperty nameProperty() { return name; }
    public String getStrength() { return strength.get(); }
    public void setStrength(String value) { strength.set(value == null ? "" : value); }
    public StringProperty strengthProperty() { return strength; }
    public String getWeakness() { return weakness.get(); }
    public void setWeakness(String value) { weakness.set(value == null ? "" : value); }
    public StringProperty weaknessProperty() { return weakness; }
    public String getDifferentiation() { return differentiation.get(); }
    public void setDifferentiation(String value) { differentiation.set(value == null ? "" : value); }
    public StringProperty differentiationProperty() { return differentiation; }
}
