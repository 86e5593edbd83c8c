package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Sales motion, marketing and partnership strategy. */
public final class GoToMarket extends Section {
    private final StringProperty salesMotion = new SimpleStringProperty(this, "salesMotion", "");
    private final ObservableList<NamedItem> channels = FXCollections.observableArrayList();
    private final ObservableList<NamedItem> salesCycle = FXCollections.observableArrayList();
    private final StringProperty brandPosition = new SimpleStringProperty(this, "brandPosition", "");
    private final ObservableList<String> keyMessages = FXCollections.observableArrayList();
    private final StringProperty contentStrategy = new SimpleStringProperty(this, "contentStrategy", "");
    private final ObservableList<NamedItem> partners = FXCollections.observableArrayList();

    public String getSalesMotion() { return salesMotion.get(); }
    public void setSalesMotion(String value) { salesMotion.set(value == null ? "" : value); }
    public StringProperty salesMotionProperty() { return salesMotion; }
    public ObservableList<NamedItem> getChannels() { return channels; }
    public ObservableList<NamedItem> getSalesCycle() { return salesCycle; }
    public String getBrandPosition() { return brandPosition.get(); }
    public void setBrandPosition(String value) { brandPosition.set(value == null ? "" : value); }
    public StringProperty brandPositionProperty() { return brandPosition; }
    public ObservableList<String> getKeyMessages() { return keyMessages; }
    public String getContentStrategy() { return contentStrategy.get(); }
    public void setContentStrategy(String value) { contentStrategy.set(value == null ? "" : value); }
    public StringProperty contentStrategyProperty() { return contentStrategy; }
    public ObservableList<NamedItem> getPartners() { return partners; }
}
