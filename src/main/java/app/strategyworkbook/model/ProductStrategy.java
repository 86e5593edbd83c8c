package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Product portfolio and build / buy / partner choices. */
public final class ProductStrategy extends Section {
    private final StringProperty portfolio = new SimpleStringProperty(this, "portfolio", "");
    private final ObservableList<NamedItem> corePlatform = FXCollections.observableArrayList();
    private final ObservableList<String> adjacencies = FXCollections.observableArrayList();
    private final ObservableList<String> build = FXCollections.observableArrayList();
    private final ObservableList<String> buy = FXCollections.observableArrayList();
    private final ObservableList<String> partner = FXCollections.observableArrayList();

    public String getPortfolio() { return portfolio.get(); }
    public void setPortfolio(String value) { portfolio.set(value == null ? "" : value); }
    public StringProperty portfolioProperty() { return portfolio; }
    public ObservableList<NamedItem> getCorePlatform() { return corePlatform; }
    public ObservableList<String> getAdjacencies() { return adjacencies; }
    public ObservableList<String> getBuild() { return build; }
    public ObservableList<String> getBuy() { return buy; }
    public ObservableList<String> getPartner() { return partner; }
}
