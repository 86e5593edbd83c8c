package app.strategyworkbook.ui.field;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.KeptBlock;
import app.strategyworkbook.model.NamedItem;
import app.strategyworkbook.model.Part;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.StringProperty;
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
        FrameByFrame.partByPart(rows);
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

    /** Anchors the reader gives kept text that name a field by another name than the form's. */
    private static final Map<String, String> ANCHOR_FIELDS = Map.ofEntries(
            Map.entry("why", "whyItMatters"), Map.entry("indirect", "indirectCompetitors"),
            Map.entry("text", "purpose"), Map.entry("start", "title"), Map.entry("header", "relatedDocuments"),
            Map.entry("footer", "owner"), Map.entry("marketSize", "som"),
            Map.entry("directCompetitors", "competitors"), Map.entry("oneYear.date", "oneYear-date"),
            Map.entry("oneYear.metrics", "oneYear-metrics"), Map.entry("threeYear.date", "threeYear-date"),
            Map.entry("threeYear.metrics", "threeYear-metrics"));

    private final Map<String, Node[]> fieldRows = new HashMap<>();
    private int keptCount;

    /**
     * Text the file had that the app could not place, shown where it stood: after the field it followed (or above
     * the field whose heading it stood under), editable as Markdown. The template's own "<!-- Example -->" guidance
     * is a hint the user opens when wanted.
     */
    public Form kept(Part part) {
        List<KeptBlock> kept = part.getKept();
        Map<String, Node> lastPlaced = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            KeptBlock block = kept.get(i);
            Node view = keptView(block, "kept-" + keptCount++);
            String anchor = block.getAfter();
            boolean before = anchor.startsWith("#") && anchor.length() > 1;
            String field = before ? anchor.substring(1) : anchor;
            field = ANCHOR_FIELDS.getOrDefault(field, field);
            Node[] row = fieldRows.get(field);
            var children = rows.getChildren();
            if (row == null) {
                children.add(view);
            } else if (before) {
                children.add(children.indexOf(row[0]), view);
            } else {
                Node after = lastPlaced.getOrDefault(field, row[1]);
                children.add(children.indexOf(after) + 1, view);
                lastPlaced.put(field, view);
            }
        }
        return this;
    }

    private Node keptView(KeptBlock block, String field) {
        TextArea markdown = new TextArea();
        markdown.setWrapText(true);
        markdown.setPrefRowCount(Math.min(8, Math.max(2, (int) block.getMarkdown().lines().count())));
        markdown.getStyleClass().add("kept-markdown");
        bind(markdown, "Text kept from the file", field, block.markdownProperty(), "");
        if (block.getMarkdown().startsWith("<!-- Example")) {
            javafx.scene.control.TitledPane example = new javafx.scene.control.TitledPane(
                    "Example from the template", markdown);
            example.setExpanded(false);
            example.getStyleClass().add("template-example");
            example.setId(id(field) + "-example");
            return example;
        }
        Label label = new Label("Kept from the file as written (Markdown)");
        label.getStyleClass().add("field-label");
        label.setLabelFor(markdown);
        return new VBox(label, markdown);
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
        String field = control.getId() != null ? control.getId() : controlIdOf(control);
        if (field != null && field.startsWith(idPrefix + "-")) {
            fieldRows.put(field.substring(idPrefix.length() + 1), new Node[] {name, control});
        }
    }

    /** The id of the list or table inside an editor's box, which names the field. */
    private static String controlIdOf(Node box) {
        if (box instanceof javafx.scene.layout.Pane pane && !pane.getChildren().isEmpty()) {
            return pane.getChildren().get(0).getId();
        }
        return null;
    }

    private void endTyping() {
        if (history != null) {
            history.pause();
        }
    }
}
