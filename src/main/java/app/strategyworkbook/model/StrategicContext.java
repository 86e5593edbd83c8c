package app.strategyworkbook.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Market opportunity and competitive landscape. */
public final class StrategicContext extends Section {
    @JsonProperty private final StringProperty targetMarket = new SimpleStringProperty(this, "targetMarket", "");
    @JsonProperty private final StringProperty tam = new SimpleStringProperty(this, "tam", "");
    @JsonProperty private final StringProperty sam = new SimpleStringProperty(this, "sam", "");
    @JsonProperty private final StringProperty som = new SimpleStringProperty(this, "som", "");
    private final ObservableList<String> trends = FXCollections.observableArrayList();
    @JsonProperty private final TableLayout competitorTable = new TableLayout();
    private final ObservableList<Competitor> competitors = FXCollections.observableArrayList();
    private final ObservableList<String> indirectCompetitors = FXCollections.observableArrayList();

    public String getTargetMarket() { return targetMarket.get(); }
    public void setTargetMarket(String value) { targetMarket.set(value == null ? "" : value); }
    public StringProperty targetMarketProperty() { return targetMarket; }
    public String getTam() { return tam.get(); }
    public void setTam(String value) { tam.set(value == null ? "" : value); }
    public StringProperty tamProperty() { return tam; }
    public String getSam() { return sam.get(); }
    public void setSam(String value) { sam.set(value == null ? "" : value); }
    public StringProperty samProperty() { return sam; }
    public String getSom() { return som.get(); }
    public void setSom(String value) { som.set(value == null ? "" : value); }
    public StringProperty somProperty() { return som; }
    public ObservableList<String> getTrends() { return trends; }
    public TableLayout getCompetitorTable() { return competitorTable; }
    public ObservableList<Competitor> getCompetitors() { return competitors; }
    public ObservableList<String> getIndirectCompetitors() { return indirectCompetitors; }

    public java.util.Optional<Money> tamMoney() {
        return Money.parse(getTam());
    }

    public java.util.Optional<Money> samMoney() {
        return Money.parse(getSam());
    }

    public java.util.Optional<Money> somMoney() {
        return Money.parse(getSom());
    }
}
