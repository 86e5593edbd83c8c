package app.strategyworkbook.model;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A part of the strategy that can carry text the Markdown reader could not place (a comment, an extra paragraph,
 * an unknown heading). That text is kept here, in the part it stood in, so it survives every save and format change.
 */
public abstract class Part {
    private final ObservableList<KeptBlock> kept = FXCollections.observableArrayList();

    public ObservableList<KeptBlock> getKept() { return kept; }

    /** Keeps {@code markdown} verbatim as standing after the field named {@code after}. */
    public void keep(String after, String markdown) {
        KeptBlock block = new KeptBlock();
        block.setAfter(after);
        block.setMarkdown(markdown);
        kept.add(block);
    }
}
