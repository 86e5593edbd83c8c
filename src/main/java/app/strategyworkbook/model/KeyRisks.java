package app.strategyworkbook.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The key risks and mitigation section. */
public final class KeyRisks extends Section {
    @JsonProperty private final TableLayout riskTable = new TableLayout();
    private final ObservableList<Risk> risks = FXCollections.observableArrayList();

    public TableLayout getRiskTable() { return riskTable; }
    public ObservableList<Risk> getRisks() { return risks; }
}
