package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Technical principles, stack philosophy and technical debt. */
public final class TechnologyStrategy extends Section {
    private final ObservableList<NamedItem> principles = FXCollections.observableArrayList();
    private final StringProperty approach = new SimpleStringProperty(this, "approach", "");
    private final ObservableList<NamedItem> coreTechnologies = FXCollections.observableArrayList();
    private final StringProperty debtPhilosophy = new SimpleStringProperty(this, "debtPhilosophy", "");
    private final StringProperty debtAllocation = new SimpleStringProperty(this, "debtAllocation", "");

    public ObservableList<NamedItem> getPrinciples() { return principles; }
    public String getApproach() { return approach.get(); }
    public void setApproach(String value) { approach.set(value == null ? "" : value); }
    public StringProperty approachProperty() { return approach; }
    public ObservableList<NamedItem> getCoreTechnologies() { return coreTechnologies; }
    public String getDebtPhilosophy() { return debtPhilosophy.get(); }
    public void setDebtPhilosophy(String value) { debtPhilosophy.set(value == null ? "" : value); }
    public StringProperty debtPhilosophyProperty() { return debtPhilosophy; }
    public String getDebtAllocation() { return debtAllocation.get(); }
    public void setDebtAllocation(String value) { debtAllocation.set(value == null ? "" : value); }
    public StringProperty debtAllocationProperty() { return debtAllocation; }
}
