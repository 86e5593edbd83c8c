package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One target customer segment; the label is the heading's own word for it, such as "Primary Segment". */
public final class CustomerSegment extends Part {
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty who = new SimpleStringProperty(this, "who", "");
    private final ObservableList<String> painPoints = FXCollections.observableArrayList();
    private final StringProperty solution = new SimpleStringProperty(this, "solution", "");
    private final StringProperty revenueModel = new SimpleStringProperty(this, "revenueModel", "");

    public String getLabel() { return label.get(); }
    public void setLabel(String value) { label.set(value == null ? "" : value); }
    public StringProperty labelProperty() { return label; }
    public String getName() { return name.get(); }
    public void setName(String value) { name.set(value == null ? "" : value); }
    public StringProperty nameProperty() { return name; }
    public String getWho() { return who.get(); }
    public void setWho(String value) { who.set(value == null ? "" : value); }
    public StringProperty whoProperty() { return who; }
    public ObservableList<String> getPainPoints() { return painPoints; }
    public String getSolution() { return solution.get(); }
    public void setSolution(String value) { solution.set(value == null ? "" : value); }
    public StringProperty solutionProperty() { return solution; }
    public String getRevenueModel() { return revenueModel.get(); }
    public void setRevenueModel(String value) { revenueModel.set(value == null ? "" : value); }
    public StringProperty revenueModelProperty() { return revenueModel; }
}
