package app.strategyworkbook.template;

import app.strategyworkbook.model.Count;
import app.strategyworkbook.model.RiskScale;
import app.strategyworkbook.model.Money;
import app.strategyworkbook.model.Percentage;
import app.strategyworkbook.model.StrategyDate;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TableLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * One field of the template, declared once in {@link Template}: where it stands (its part, and the list whose rows
 * hold it), its name for the app (the model's and the JSON format's name), its label and the other spellings files
 * use, its kind, and its placeholder. The Markdown format, the checks and the window all derive what they need from
 * here, so a field is never named twice.
 */
public final class TemplateField {
    private final DocumentPart part;
    private final TemplateField parent;
    private final String key;
    private final String label;
    private final List<String> aliases;
    private final Kind kind;
    private final Placeholder placeholder;
    private final Subheading under;
    private final Function<Object, Object> value;
    private final Supplier<Object> newRow;
    private Function<Object, TableLayout> layout;
    private final Function<Object, RiskScale> scale;
    private boolean optional;
    private boolean expected = true;
    private final String noun;
    private List<String> words = List.of();
    final List<TemplateField> columns = new ArrayList<>();

    TemplateField(Builder b) {
        this.part = b.part;
        this.parent = b.parent;
        this.key = b.key;
        this.label = b.label;
        this.aliases = List.copyOf(b.aliases);
        this.kind = b.kind;
        this.placeholder = b.placeholder;
        this.under = b.under;
        this.value = b.value;
        this.newRow = b.newRow;
        this.scale = b.scale;
        this.noun = b.noun;
    }

    /** The part of the document the field belongs to. */
    public DocumentPart part() {
        return part;
    }

    /** The table or items whose rows hold this field, or null for a field of the part itself. */
    public TemplateField parent() {
        return parent;
    }

    /** The field's name for the app: the model's property and the JSON format's field ("whyItMatters"). */
    public String key() {
        return key;
    }

    /** The template's label ("Why It Matters"), which the window shows and the Markdown format writes. */
    public String label() {
        return label;
    }

    /** Other spellings of the label a file may use ("Why"), read as this field. */
    public List<String> aliases() {
        return aliases;
    }

    public Kind kind() {
        return kind;
    }

    /** The template's placeholder, shown as a prompt while the field is empty. */
    public Placeholder placeholder() {
        return placeholder;
    }

    /** The template's "###" heading the field stands under, or null. */
    public Subheading subheading() {
        return under;
    }

    /** For a table or items: the fields of each row, in the template's order. */
    public List<TemplateField> columns() {
        return Collections.unmodifiableList(columns);
    }

    /** A column written only when some row has it (the risk owner), so tables without it keep the template's shape. */
    public boolean optional() {
        return optional;
    }

    /**
     * Whether an empty field counts as "not filled in yet": the header's lines, a segment's label and the guidance,
     * which the template fills in itself, do not; nor do values checked on their own (a risk's levels).
     */
    public boolean expected() {
        return expected;
    }

    /** Declared as not counting toward "not filled in yet" (see {@link #expected}). */
    TemplateField notExpected() {
        expected = false;
        return this;
    }

    /** Declared with words that name the column wherever they stand in a header of the file's own. */
    TemplateField words(String... named) {
        words = List.of(named);
        return this;
    }

    /**
     * Whether a table header of the file's own names this column by one of its words: "Share of capex" the
     * investment's share, "Controls and actions" the mitigation. Tried after every column's own names.
     */
    public boolean namedBy(String spelled) {
        if (words.isEmpty()) {
            return false;
        }
        for (String word : Spellings.normalize(spelled).split(" ")) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Declared as a column written only when some row has it. */
    TemplateField optionalColumn() {
        optional = true;
        expected = false;
        return this;
    }

    /** Declared as a table whose header, as the file typed it, is kept in {@code shape} of its owner. */
    @SuppressWarnings("unchecked")
    <O> TemplateField keepsLayout(Function<O, TableLayout> shape) {
        layout = (Function<Object, TableLayout>) (Function<?, ?>) shape;
        return this;
    }

    /** For a table or items: one row or item in the user's words ("pillar", "row", "line"). */
    public String noun() {
        return noun;
    }

    /**
     * For a level: the scale its values are read on in {@code tableOwner}, the part whose table holds its rows (the
     * strategy's own scale; {@link #scale()} is the template's).
     */
    public RiskScale scale(Object tableOwner) {
        return scale.apply(tableOwner);
    }

    /** For a level: the template's scale, that of a strategy that states none. */
    public RiskScale scale() {
        return scale.apply(null);
    }

    /** Whether {@code text} is readable as this field's kind, a level on the scale of {@code tableOwner}. */
    public boolean readable(Object tableOwner, String text) {
        if (kind == Kind.LEVEL && text != null && !text.isEmpty()) {
            return scale(tableOwner).reads(text);
        }
        return readable(text);
    }

    /** The text of this field in {@code owner} (the part, or a row of the parent). */
    public StringProperty text(Object owner) {
        if (!kind.isText()) {
            throw new IllegalStateException(key + " holds no single text");
        }
        return (StringProperty) value.apply(owner);
    }

    /** The rows of this list, table or items in {@code owner}. */
    @SuppressWarnings("unchecked")
    public <R> ObservableList<R> rows(Object owner) {
        if (kind.isText()) {
            throw new IllegalStateException(key + " holds one text, not rows");
        }
        return (ObservableList<R>) value.apply(owner);
    }

    /** A new, empty row or item of this table or items. */
    @SuppressWarnings("unchecked")
    public <R> R newRow() {
        return (R) (kind == Kind.LINES ? "" : newRow.get());
    }

    /** How the file laid out this table (its header as typed), or null for a table that keeps no layout. */
    public TableLayout layout(Object owner) {
        return layout == null ? null : layout.apply(owner);
    }

    /**
     * The object holding this field in {@code doc}: the part, or the row at {@code rows} (one index per table or
     * items the field stands in, outermost first).
     */
    public Object owner(StrategyDocument doc, List<Integer> rows) {
        if (parent == null) {
            return part.in(doc);
        }
        Object outer = parent.owner(doc, rows.subList(0, rows.size() - 1));
        return parent.rows(outer).get(rows.get(rows.size() - 1));
    }

    /** How many row indices place this field: one per table or items around it. */
    public int depth() {
        return parent == null ? 0 : parent.depth() + 1;
    }

    /** The field at the rows given, outermost first: a typed reference a check or the window can follow. */
    public FieldRef at(Integer... rows) {
        return new FieldRef(this, List.of(rows));
    }

    /** Whether {@code spelled} (a label or heading as a file wrote it) names this field. */
    public boolean matches(String spelled) {
        String words = Spellings.normalize(spelled);
        return words.equals(Spellings.normalize(label)) || aliases.stream().anyMatch(a -> words.equals(
                Spellings.normalize(a)));
    }

    /** The column of this table that a header as typed names, or null for a column the app does not know. */
    public TemplateField column(String header) {
        for (TemplateField column : columns) {
            if (column.matches(header)) {
                return column;
            }
        }
        for (TemplateField column : columns) {
            if (column.namedBy(header)) {
                return column;
            }
        }
        return null;
    }

    /** The headers of the file's columns that are none of this table's, in their order: kept and editable. */
    public List<String> unknownColumns(TableLayout shape) {
        List<String> unknown = new ArrayList<>();
        List<TemplateField> seen = new ArrayList<>();
        for (String header : shape.getColumns()) {
            TemplateField known = column(header);
            // A known column given twice keeps its second copy as a column of its own.
            if (known == null || seen.contains(known)) {
                unknown.add(header);
            } else {
                seen.add(known);
            }
        }
        return unknown;
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Whether the app can read {@code text} as a value of this field's kind (a level of its scale, a percentage
     * from 0 to 100, a date, an amount, a count). Empty text and text fields always can; what cannot is marked,
     * never changed.
     */
    public boolean readable(String text) {
        if (text == null || text.isEmpty()) {
            return true;
        }
        return switch (kind) {
            case LEVEL -> scale().reads(text);
            case PERCENTAGE -> Percentage.parse(text).filter(p -> p.signum() >= 0 && p.compareTo(HUNDRED) <= 0)
                    .isPresent();
            case DATE -> StrategyDate.parse(text).isPresent();
            case MONEY -> Money.parse(text).isPresent();
            case COUNT -> Count.parse(text).isPresent();
            default -> true;
        };
    }

    @Override
    public String toString() {
        return (parent == null ? part.key() : parent.toString()) + "." + key;
    }

    /** Declares a field; used by {@link Template} alone. */
    static final class Builder {
        DocumentPart part;
        TemplateField parent;
        String key;
        String label;
        List<String> aliases = List.of();
        Kind kind;
        Placeholder placeholder = Placeholder.of("");
        Subheading under;
        Function<Object, Object> value;
        Supplier<Object> newRow;
        Function<Object, RiskScale> scale = owner -> null;
        String noun = "row";
    }
}
