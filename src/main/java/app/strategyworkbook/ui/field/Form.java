package app.strategyworkbook.ui.field;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.KeptBlock;
import app.strategyworkbook.model.NamedItem;
import app.strategyworkbook.model.Part;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

/**
 * A section's form: fields one under another, each with its label above it, composed from the shared field editors.
 * Every control gets an id (section key, then field) so tests and the check panel can find it, and an accessible
 * text. Leaving a field ends its run of typing in the undo history.
 */
public final class Form {
    private final VBox rows = new VBox();
    private final String idPrefix;
    private final EditHistory history;

    public Form(String idPrefix, EditHistory history) {
        this.idPrefix = idPrefix;
        this.history = history;
        rows.getStyleClass().add("form");
    }

    public EditHistory history() {
        return history;
    }

    public String id(String field) {
        return idPrefix + "-" + field;
    }

    /** The form in a scroll pane that fits its width, as a tab's content. */
    public ScrollPane view() {
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        return scroll;
    }

    public VBox box() {
        return rows;
    }

    public Form heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("form-heading");
        rows.getChildren().add(heading);
        return this;
    }

    /** One line of text; the placeholder shows as prompt text while the field is empty. */
    public TextField text(String label, String field, StringProperty value, String placeholder) {
        TextField input = new TextField();
        bind(input, label, field, value, placeholder);
        row(label, input);
        return input;
    }

    /** Text over several lines. */
    public TextArea area(String label, String field, StringProperty value, String placeholder) {
        TextArea input = new TextArea();
        input.setWrapText(true);
        input.setPrefRowCount(3);
        bind(input, label, field, value, placeholder);
        row(label, input);
        return input;
    }

    public ListEditor strings(String label, String field, ObservableList<String> items, String placeholder) {
        ListEditor editor = new ListEditor(id(field), label, items, placeholder, this::endTyping);
        row(label, editor.view());
        return editor;
    }

    /** "Name: description" lines as a two-column table. */
    public TableEditor<NamedItem> named(String label, String field, ObservableList<NamedItem> items,
                                        String nameHeader, String descriptionHeader) {
        TableEditor<NamedItem> table = new TableEditor<>(id(field), label, items, NamedItem::new, this::endTyping)
                .column(nameHeader, NamedItem::nameProperty, 0.35)
                .column(descriptionHeader, NamedItem::descriptionProperty, 0.65);
        row(label, table.view());
        return table;
    }

    public <R> TableEditor<R> table(String label, String field, ObservableList<R> items,
                                    java.util.function.Supplier<R> newRow) {
        TableEditor<R> table = new TableEditor<>(id(field), label, items, newRow, this::endTyping);
        row(label, table.view());
        return table;
    }

    public Form add(Node node) {
        rows.getChildren().add(node);
        return this;
    }

    /**
     * Text the file had that the app could not place (a comment, an unknown heading and its text), editable as
     * Markdown, each block labelled with the field it follows.
     */
    public Form kept(Part part) {
        VBox blocks = new VBox();
        blocks.getStyleClass().add("kept-blocks");
        Runnable rebuild = () -> {
            blocks.getChildren().clear();
            List<KeptBlock> kept = part.getKept();
            for (int i = 0; i < kept.size(); i++) {
                KeptBlock block = kept.get(i);
                TextArea markdown = new TextArea();
                markdown.setWrapText(true);
                markdown.setPrefRowCount(Math.min(8, Math.max(2, (int) block.getMarkdown().lines().count())));
                markdown.getStyleClass().add("kept-markdown");
                String where = block.getAfter().equals("#") ? "at the top of this section"
                        : "after " + block.getAfter().replace("#", "the heading of ");
                bind(markdown, "Kept text " + (i + 1), "kept-" + i, block.markdownProperty(), "");
                Label label = new Label("Kept from the file, " + where + " (Markdown)");
                label.getStyleClass().add("field-label");
                label.setLabelFor(markdown);
                blocks.getChildren().addAll(label, markdown);
            }
        };
        rebuild.run();
        part.getKept().addListener((ListChangeListener<KeptBlock>) c -> rebuild.run());
        rows.getChildren().add(blocks);
        return this;
    }

    private void bind(TextInputControl input, String label, String field, StringProperty value, String placeholder) {
        input.setId(id(field));
        input.setPromptText(placeholder);
        input.setAccessibleText(label);
        input.textProperty().bindBidirectional(value);
        input.focusedProperty().addListener((obs, was, is) -> endTyping());
    }

    private void row(String label, Node control) {
        Label name = new Label(label);
        name.getStyleClass().add("field-label");
        name.setLabelFor(control);
        rows.getChildren().addAll(name, control);
    }

    private void endTyping() {
        if (history != null) {
            history.pause();
        }
    }
}
