package app.strategyworkbook.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Investment priorities and the hiring plan. */
public final class ResourceAllocation extends Section {
    @JsonProperty private final TableLayout allocationTable = new TableLayout();
    private final ObservableList<Allocation> allocations = FXCollections.observableArrayList();
    @JsonProperty private final StringProperty currentTeamSize = new SimpleStringProperty(this, "currentTeamSize", "");
    @JsonProperty private final StringProperty targetTeamSize = new SimpleStringProperty(this, "targetTeamSize", "");
    private final ObservableList<PriorityHire> priorityHires = FXCollections.observableArrayList();

    public TableLayout getAllocationTable() { return allocationTable; }
    public ObservableList<Allocation> getAllocations() { return allocations; }
    public String getCurrentTeamSize() { return currentTeamSize.get(); }
    public void setCurrentTeamSize(String value) { currentTeamSize.set(value == null ? "" : value); }
    public StringProperty currentTeamSizeProperty() { return currentTeamSize; }
    public String getTargetTeamSize() { return targetTeamSize.get(); }
    public void setTargetTeamSize(String value) { targetTeamSize.set(value == null ? "" : value); }
    public StringProperty targetTeamSizeProperty() { return targetTeamSize; }
    public ObservableList<PriorityHire> getPriorityHires() { return priorityHires; }

    public java.util.Optional<Integer> currentTeamCount() {
        return Count.parse(getCurrentTeamSize());
    }

    public java.util.Optional<Integer> targetTeamCount() {
        return Count.parse(getTargetTeamSize());
    }
}
