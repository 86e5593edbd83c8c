package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One strategic pillar. */
public final class Pillar extends Part {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty whyItMatters = new SimpleStringProperty(this, "whyItMatters", "");
    private final ObservableList<String> initiatives = FXCollections.observableArrayList();
    private final ObservableList<PillarMetric> metrics = FXCollections.observableArrayList();
    /** The presenter's speaker notes for the pillar's slide; never shown on the slide itself. */
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");

    public String getName() { return name.get(); }
    public void setName(String value) { name.set(value == null ? "" : value); }
    public StringProperty nameProperty() { return name; }
    public String getDescription() { return description.get(); }
    public void setDescription(String value) { description.set(value == null ? "" : value); }
    public StringProperty descriptionProperty() { return description; }
    public String getWhyItMatters() { return whyItMatters.get(); }
    public void setWhyItMatters(String value) { whyItMatters.set(value == null ? "" : value); }
    public StringProperty whyItMattersProperty() { return whyItMatters; }
    public ObservableList<String> getInitiatives() { return initiatives; }
    public ObservableList<PillarMetric> getMetrics() { return metrics; }
    public String getNotes() { return notes.get(); }
    public void setNotes(String value) { notes.set(value == null ? "" : value); }
    public StringProperty notesProperty() { return notes; }
}
