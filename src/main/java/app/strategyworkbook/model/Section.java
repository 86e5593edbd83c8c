package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One of the template's "##" sections. Besides its fields and the text kept from a file, it carries the presenter's
 * speaker notes: shown beside its slides while presenting, in the handout and in the PowerPoint's notes, never on a
 * slide. Markdown keeps them (once written there) as an HTML comment right under the section's heading.
 */
public abstract class Section extends Part {
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");

    public String getNotes() { return notes.get(); }
    public void setNotes(String value) { notes.set(value == null ? "" : value); }
    public StringProperty notesProperty() { return notes; }
}
