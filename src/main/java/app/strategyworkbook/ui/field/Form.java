package app.strategyworkbook.ui.field;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.KeptBlock;
import app.strategyworkbook.model.Part;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TableRow;
import app.strategyworkbook.template.DocumentPart;
import app.strategyworkbook.template.KeptPlaces;
import app.strategyworkbook.template.Kind;
import app.strategyworkbook.template.Subheading;
import app.strategyworkbook.template.TemplateField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

/**
 * A section's form: the template's fields one under another, each with its label above it, made from the field's
 * declaration in the catalogue ({@code Template}): its control by its kind, its id, label, prompt and accessible text.
 * The template's "###" headings come in where the fields' subheading changes. Leaving a field ends its run of typing
 * in the undo history.
 */
public final class Form {
    private final VBox rows = new VBox();
    private final StrategyDocument doc;
    private final EditHistory history;
    /** The pillar, segment or group this form edits, or null for a form of the document's parts. */
    private final Object item;
    /** The position of each item around this form, outermost first: none for a section's form. */
    private final List<Integer> placing;
    private Subheading lastSubheading;

    /** The form of a section (or of several of the document's parts, as the Overview tab shows). */
    public Form(StrategyDocument doc, EditHistory history) {
        this(doc, history, null, List.of());
    }

    private Form(StrategyDocument doc, EditHistory history, Object item, List<Integer> placing) {
        this.doc = doc;
        this.history = history;
        this.item = item;
        this.placing = placing;
        rows.getStyleClass().add("form");
        FrameByFrame.partByPart(rows);
    }

    public EditHistory history() {
        return history;
    }

    /** The id of the control of {@code field} in this form. */
    public String id(TemplateField field) {
        return FieldIds.of(field, placing);
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

    public Form add(Node node) {
        rows.getChildren().add(node);
        return this;
    }

    /** The object holding {@code field} here: the item of this form, or the field's part of the document. */
    private Object owner(TemplateField field) {
        return field.parent() == null ? field.part().in(doc) : item;
    }

    /**
     * Adds the control of {@code field}, as its kind asks: a line or box of text, a list, a table. Returns the
     * control.
     */
    public Node field(TemplateField field) {
        return switch (field.kind()) {
            case LINES -> lines(field).list();
            case TABLE -> table(field).table();
            case ITEMS -> throw new IllegalArgumentException(field + " needs a form per item: use items()");
            default -> text(field);
        };
    }

    /** Adds each of {@code fields}. */
    public Form fields(TemplateField... fields) {
        for (TemplateField field : fields) {
            field(field);
        }
        return this;
    }

    /** One text: a line, or a box of several lines for a paragraph; the placeholder shows while it is empty. */
    public TextInputControl text(TemplateField field) {
        TextInputControl input;
        if (field.kind() == Kind.PARAGRAPH) {
            TextArea area = new TextArea();
            area.setWrapText(true);
            area.setPrefRowCount(3);
            input = area;
        } else {
            input = new TextField();
        }
        bind(input, field.label(), id(field), field.text(owner(field)), field.placeholder().at(0));
        row(field, input);
        return input;
    }

    public ListEditor lines(TemplateField field) {
        ListEditor editor = new ListEditor(id(field), field.label(), field.rows(owner(field)),
                field.placeholder(), this::endTyping);
        row(field, editor.view());
        return editor;
    }

    /**
     * A table: a column per field of its rows, sized by kind; the columns the file had that the app does not know
     * follow, editable, where the table keeps the file's header.
     */
    public <R> TableEditor<R> table(TemplateField field) {
        Object owner = owner(field);
        ObservableList<R> items = field.rows(owner);
        TableEditor<R> table = new TableEditor<>(id(field), field.label(), items, field::newRow, this::endTyping);
        for (TemplateField column : field.columns()) {
            table.column(column, owner);
        }
        var layout = field.layout(owner);
        if (layout != null) {
            table.extraColumns(field.unknownColumns(layout), row -> ((TableRow) row).getExtraCells());
        }
        row(field, table.view());
        return table;
    }

    /**
     * Pillars, segments, groups: a panel per item, each with a form that {@code fill} fills with the item's fields.
     *
     * @param title the panel title of an item at a position
     */
    public <T> ItemsEditor<T> items(TemplateField field, BiConsumer<Form, T> fill, BiFunction<T, Integer, String> title,
                                    java.util.function.Function<T, javafx.beans.Observable[]> titleDependsOn) {
        ObservableList<T> items = field.rows(owner(field));
        ItemsEditor<T> editor = new ItemsEditor<>(id(field), field.noun(), items, field::newRow, (it, i) -> {
            List<Integer> inner = new ArrayList<>(placing);
            inner.add(i);
            Form form = new Form(doc, history, it, inner);
            fill.accept(form, it);
            return form.box();
        }, title, titleDependsOn);
        subheading(field);
        add(editor.view());
        return editor;
    }

    private final Map<TemplateField, Node[]> fieldRows = new HashMap<>();
    private int keptCount;

    /**
     * Text the file had that the app could not place, shown where it stood: after the field it followed (or above
     * the field whose heading it stood under), editable as Markdown. The template's own "<!-- Example -->" guidance
     * is a hint the user opens when wanted.
     */
    public Form kept(Part part, DocumentPart where) {
        List<KeptBlock> kept = part.getKept();
        Map<TemplateField, Node> lastPlaced = new HashMap<>();
        for (KeptBlock block : kept) {
            StringBuilder id = new StringBuilder(where.key());
            placing.forEach(i -> id.append('-').append(i));
            Node view = keptView(block, id + "-kept-" + keptCount++);
            String anchor = block.getAfter();
            boolean before = anchor.startsWith("#") && anchor.length() > 1;
            TemplateField field = KeptPlaces.field(where, anchor).orElse(null);
            Node[] row = field == null ? null : fieldRows.get(field);
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

    private Node keptView(KeptBlock block, String id) {
        TextArea markdown = new TextArea();
        markdown.setWrapText(true);
        markdown.setPrefRowCount(Math.min(8, Math.max(2, (int) block.getMarkdown().lines().count())));
        markdown.getStyleClass().add("kept-markdown");
        bind(markdown, "Text kept from the file", id, block.markdownProperty(), "");
        if (block.getMarkdown().startsWith("<!-- Example")) {
            javafx.scene.control.TitledPane example = new javafx.scene.control.TitledPane(
                    "Example from the template", markdown);
            example.setExpanded(false);
            example.getStyleClass().add("template-example");
            example.setId(id + "-example");
            return example;
        }
        Label label = new Label("Kept from the file as written (Markdown)");
        label.getStyleClass().add("field-label");
        label.setLabelFor(markdown);
        return new VBox(label, markdown);
    }

    private void bind(TextInputControl input, String label, String id, javafx.beans.property.StringProperty value,
                      String placeholder) {
        input.setId(id);
        input.setPromptText(placeholder);
        input.setAccessibleText(label);
        input.textProperty().bindBidirectional(value);
        input.focusedProperty().addListener((obs, was, is) -> endTyping());
    }

    /** The template's "###" heading, where a field is the first under it and the heading says more than its label. */
    private void subheading(TemplateField field) {
        Subheading under = field.subheading();
        if (under != null && under != lastSubheading && !under.heading().equals(field.label())) {
            heading(under.heading());
        }
        lastSubheading = under;
    }

    private void row(TemplateField field, Node control) {
        subheading(field);
        Label name = new Label(field.label());
        name.getStyleClass().add("field-label");
        name.setLabelFor(control);
        rows.getChildren().addAll(name, control);
        fieldRows.put(field, new Node[] {name, control});
    }

    private void endTyping() {
        if (history != null) {
            history.pause();
        }
    }
}
