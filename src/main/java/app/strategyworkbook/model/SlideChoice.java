package app.strategyworkbook.model;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which slides the user chose not to show when presenting, by the section they present ("values", "pillar-2"), so
 * the choice travels with the document.
 */
public final class SlideChoice {
    private final ObservableList<String> hiddenSlides = FXCollections.observableArrayList();

    public ObservableList<String> getHiddenSlides() { return hiddenSlides; }
}
