package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Markdown the reader could not place, kept verbatim; <em>after</em> names the field it followed, so it is written back where it stood. */
public final class KeptBlock {
    private final StringProperty after = new SimpleStringProperty(this, "after", "");
    private final StringProperty markdown = new SimpleStringProperty(this, "markdown", "");

    public String getAfter() { return after.get(); }
    public void setAfter(String value) { after.set(value == null ? "" : value); }
    public StringProperty afterProperty() { return after; }
    public String getMarkdown() { return markdown.get(); }
    public void setMarkdown(String value) { markdown.set(value == null ? "" : value); }
    public StringProperty markdownProperty() { return markdown; }
}
