package app.strategyworkbook.model;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The target customer segments section. */
public final class CustomerSegments extends Section {
    private final ObservableList<CustomerSegment> segments = FXCollections.observableArrayList();

    public ObservableList<CustomerSegment> getSegments() { return segments; }
}
