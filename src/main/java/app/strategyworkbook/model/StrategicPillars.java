package app.strategyworkbook.model;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The strategic pillars section. */
public final class StrategicPillars extends Section {
    private final ObservableList<Pillar> pillars = FXCollections.observableArrayList();

    public ObservableList<Pillar> getPillars() { return pillars; }
}
