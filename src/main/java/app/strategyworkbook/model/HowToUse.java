package app.strategyworkbook.model;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** How to use this document: guidance per audience. */
public final class HowToUse extends Section {
    private final ObservableList<GuidanceGroup> groups = FXCollections.observableArrayList();

    public ObservableList<GuidanceGroup> getGroups() { return groups; }
}
