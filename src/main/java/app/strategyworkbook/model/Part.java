package app.strategyworkbook.model;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A part of the strategy that can carry text the Markdown reader could not place (a comment, an extra paragraph,
 * an unknown heading). That text is kept here, in the part it stood in, so it survives every save and format change.
 */
public abstract class Part {
    private final ObservableList<KeptBlock> kept = FXCollections.observableArrayList();
    /**
     * Headings and labels the file wrote its own way ("### Investment Priorities (Next 6 Months)" for the template's
     * "(Next 12 Months)"), by the place they name: the words are the user's and are written back as they were.
     */
    private final java.util.Map<String, String> spellings = new java.util.TreeMap<>();

    public ObservableList<KeptBlock> getKept() { return kept; }

    public java.util.Map<String, String> getSpellings() { return spellings; }

    /** Remembers how the file wrote the heading or label at {@code place}, when not as the template does. */
    public void spell(String place, String asWritten, String template) {
        if (asWritten.equals(template)) {
            spellings.remove(place);
        } else {
            spellings.put(place, asWritten);
        }
    }

    /** The heading or label at {@code place} as the file wrote it, else as the template does. */
    public String spelling(String place, String template) {
        return spellings.getOrDefault(place, template);
    }

    /** Keeps {@code markdown} verbatim as standing after the field named {@code after}. */
    public void keep(String after, String markdown) {
        KeptBlock block = new KeptBlock();
        block.setAfter(after);
        block.setMarkdown(markdown);
        kept.add(block);
    }
}
