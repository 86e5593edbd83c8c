package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Mission, vision and values. */
public final class CompanyOverview extends Section {
    private final StringProperty mission = new SimpleStringProperty(this, "mission", "");
    private final StringProperty vision = new SimpleStringProperty(this, "vision", "");
    private final ObservableList<NamedItem> values = FXCollections.observableArrayList();

    public String getMission() { return mission.get(); }
    public void setMission(String value) { mission.set(value == null ? "" : value); }
    public StringProperty missionProperty() { return mission; }
    public String getVision() { return vision.get(); }
    public void setVision(String value) { vision.set(value == null ? "" : value); }
    public StringProperty visionProperty() { return vision; }
    public ObservableList<NamedItem> getValues() { return values; }
}
