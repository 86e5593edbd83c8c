package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A pillar's success metric: what is measured, the target and, where known, the current value. */
public final class PillarMetric {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final StringProperty current = new SimpleStringProperty(this, "current", "");

    public String getName() { return name.get(); }
    public void setName(String value) { name.set(value == null ? "" : value); }
    public StringProperty nameProperty() { return name; }
    public String getTarget() { return target.get(); }
    public void setTarget(String value) { target.set(value == null ? "" : value); }
    public StringProperty targetProperty() { return target; }
    public String getCurrent() { return current.get(); }
    public void setCurrent(String value) { current.set(value == null ? "" : value); }
    public StringProperty currentProperty() { return current; }
}
