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

    /** A heading of the form, with an id the outline goes to: "heading-" and its words ("heading-risk-matrix"). */
    public Form heading(String text) {
        return heading(text, FieldIds.column("heading", text));
    }

    private Form heading(String text, String id) {
        Label heading = new Label(text);
        heading.getStyleClass().add("form-heading");
        heading.setId(id);
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
            input = LineBreaks.asSpaces(new TextField());
        }
        bind(input, field.label(), id(field), field.text(owner(field)), field.placeholder().at(0));
        row(field, FormattedField.of(input));
        return input;
    }

    public ListEditor lines(TemplateField field) {
        ListEditor editor = new ListEditor(id(field), field.label(), field.rows(owner(field)),
                field.placeholder(), this::endTyping, history);
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
        TableEditor<R> table = new TableEditor<>(id(field), field.label(), items, field::newRow, this::endTyping,
                history);
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

    /**
     * Text kept from the file, folded away where it stood so that the form reads as the strategy: the template's own
     * guidance comments ({@code <!-- Example -->}, {@code <!-- LLM: -->}) as guidance, anything else under a quiet "More
     * from the file". Unfolded, it reads formatted and edits as Markdown, word for word as the file had it.
     */
    private Node keptView(KeptBlock block, String id) {
        String text = block.getMarkdown().strip();
        boolean example = text.startsWith("<!-- Example");
        boolean guidance = !example && text.startsWith("<!--") && text.endsWith("-->");
        String title = example ? "Example from the template" : guidance ? "Guidance: " + firstWords(text)
                : "More from the file";
        javafx.scene.control.TitledPane folded = new javafx.scene.control.TitledPane(title, null);
        folded.setExpanded(false);
        folded.setMinWidth(0); // a long title is cut with "…", never widening the form
        folded.getStyleClass().add(example ? "template-example" : guidance ? "template-guidance" : "kept-text");
        folded.setId(id + (example ? "-example" : guidance ? "-guidance" : "-more"));
        folded.setGraphic(Icons.of(example || guidance ? org.kordamp.ikonli.feather.Feather.INFO
                : org.kordamp.ikonli.feather.Feather.FILE_TEXT));
        // Its editor is made when first unfolded: a file of ten thousand unknown headings keeps ten thousand blocks.
        folded.expandedProperty().addListener((obs, was, open) -> {
            if (open && folded.getContent() == null) {
                TextArea markdown = new TextArea();
                markdown.setWrapText(true);
                markdown.setPrefRowCount(Math.min(8, Math.max(2, (int) block.getMarkdown().lines().count())));
                markdown.getStyleClass().add("kept-markdown");
                bind(markdown, guidance ? "Guidance kept from the file" : "Text kept from the file", id,
                        block.markdownProperty(), "");
                folded.setContent(FormattedField.of(markdown));
            }
        });
        return folded;
    }

    /** The first words of a guidance comment, for its folded title: "This document defines the company's…". */
    private static String firstWords(String comment) {
        String inner = comment.substring(4, comment.length() - 3).strip().replaceFirst("^[A-Z]+:\\s*", "");
        return inner.length() <= 60 ? inner : inner.substring(0, inner.lastIndexOf(' ', 60) > 20
                ? inner.lastIndexOf(' ', 60) : 60) + "…";
    }

    private void bind(TextInputControl input, String label, String id, javafx.beans.property.StringProperty value,
                      String placeholder) {
        input.setId(id);
        input.setPromptText(placeholder);
        input.setAccessibleText(label);
        input.textProperty().bindBidirectional(value);
        input.focusedProperty().addListener((obs, was, is) -> endTyping());
        if (input instanceof TextArea area) {
            tabLeaves(area);
        }
    }

    /**
     * Tab leaves a box of text for the next control of the window, Shift+Tab for the one before, as in any form: a text
     * box would otherwise take the Tab as a tab character, invisible at the end of a line in the saved file.
     */
    private static void tabLeaves(TextArea area) {
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown() && !e.isAltDown()
                    && !e.isMetaDown()) {
                e.consume();
                List<Node> stops = new ArrayList<>();
                focusStops(area.getScene().getRoot(), stops);
                int at = stops.indexOf(area);
                int next = at + (e.isShiftDown() ? -1 : 1);
                if (at >= 0 && next >= 0 && next < stops.size()) {
                    stops.get(next).requestFocus();
                }
            }
        });
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            if ("\t".equals(e.getCharacter())) {
                e.consume();
            }
        });
    }

    /** The controls Tab stops at under {@code node}, in the order they stand. */
    private static void focusStops(Node node, List<Node> stops) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        // Panes that hold other controls (the tab's scroll pane, the tabs, a folded example) are looked into; other
        // controls (a table, a list) are one stop, as they move within themselves.
        boolean holder = node instanceof javafx.scene.control.ScrollPane || node instanceof javafx.scene.control.TabPane
                || node instanceof javafx.scene.control.SplitPane || node instanceof javafx.scene.control.ToolBar
                || node instanceof javafx.scene.control.TitledPane;
        boolean stop = node.isFocusTraversable() && (!holder || node instanceof javafx.scene.control.TitledPane);
        if (stop) {
            stops.add(node);
        }
        if ((holder || !(node instanceof javafx.scene.control.Control)) && node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                focusStops(child, stops);
            }
        }
    }

    /** The template's "###" heading, where a field is the first under it and the heading says more than its label. */
    /**
     * Adds the template's heading above {@code field} where it starts one, with the id the outline goes to
     * ("heading-" and the subheading's key). Where the heading only repeats the field's label, the label takes the id.
     * True when the field's label is to take it.
     */
    private boolean subheading(TemplateField field) {
        Subheading under = field.subheading();
        boolean labelTakesId = false;
        if (under != null && under != lastSubheading && placing.isEmpty()) {
            if (!under.heading().equals(field.label())) {
                heading(under.heading(), "heading-" + under.key());
            } else {
                labelTakesId = true;
            }
        } else if (under != null && under != lastSubheading && !under.heading().equals(field.label())) {
            heading(under.heading());
        }
        lastSubheading = under;
        return labelTakesId;
    }

    private void row(TemplateField field, Node control) {
        boolean labelTakesId = subheading(field);
        Label name = new Label(field.label());
        if (labelTakesId) {
            name.setId("heading-" + field.subheading().key());
        }
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
