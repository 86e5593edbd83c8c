package app.strategyworkbook.format.markdown;

import app.strategyworkbook.template.Placeholder;
import app.strategyworkbook.template.Template;
import app.strategyworkbook.model.Part;
import app.strategyworkbook.template.Placeholder;
import app.strategyworkbook.template.Spellings;
import app.strategyworkbook.template.TemplateField;

import app.strategyworkbook.model.NamedItem;
import app.strategyworkbook.model.PillarMetric;
import app.strategyworkbook.model.PriorityHire;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * The template's labelled fields, declared once and used by both the reader and the writer: the label as the template
 * spells it (and other spellings people use), the anchor kept text is attached to, where the value lives in the
 * model, and its placeholder.
 */
final class Fields {
    private Fields() {
    }

    /** A "**Label:** value" field, or a "**Label:**" followed by a list. */
    sealed interface LabelField permits TextField, ListField, MarkerField {
        String label();

        List<String> aliases();

        String anchor();
    }

    /** See {@link Spellings#normalize}: the reader matches headings and labels the catalogue's way. */
    static String normalize(String text) {
        return Spellings.normalize(text);
    }

    /** A label that only announces what follows it, as "**Direct Competitors:**" announces the table. */
    record MarkerField(String label, List<String> aliases, String anchor) implements LabelField {
    }

    record TextField(String label, List<String> aliases, String anchor, Function<Object, StringProperty> property,
                     Placeholder placeholder) implements LabelField {

        /** "**Label:** value", the value written as its placeholder when empty; the label as {@code part} spells it. */
        String write(Object target, int index, Part part) {
            String value = property.apply(target).get();
            return "**" + part.spelling("**" + label, label) + ":** "
                    + (value.isEmpty() ? placeholder.at(index) : Escapes.escapeLines(value, 1));
        }
    }

    /** The "**Label:** value" field the catalogue declares: its label, spellings, key and placeholder. */
    static TextField text(TemplateField field) {
        return new TextField(field.label(), field.aliases(), field.key(), field::text, field.placeholder());
    }

    /** A label followed by a bullet or numbered list of items of type T. */
    abstract static non-sealed class ListField<T> implements LabelField {
        private final String label;
        private final List<String> aliases;
        private final String anchor;
        private final Function<Object, ObservableList<T>> list;
        final boolean numbered;

        ListField(String label, String anchor, Function<Object, ObservableList<T>> list, boolean numbered,
                  String... aliases) {
            this.label = label;
            this.anchor = anchor;
            this.list = list;
            this.numbered = numbered;
            this.aliases = List.of(aliases);
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public List<String> aliases() {
            return aliases;
        }

        @Override
        public String anchor() {
            return anchor;
        }

        ObservableList<T> of(Object target) {
            return list.apply(target);
        }

        /** Whether the target already has this list's items (from an earlier list in the file). */
        boolean filled(Object target) {
            return !of(target).isEmpty();
        }

        abstract T read(ListItem item, String text, int index, MarkdownSource src);

        abstract String write(T item, int index);

        /**
         * Reads the items into the target's list; false if the list was already filled (a second list is kept), unless
         * this list {@code continues} the one just read.
         */
        boolean read(ListBlock block, Object target, ReadContext ctx, boolean continues) {
            MarkdownSource src = ctx.src;
            ObservableList<T> items = of(target);
            if (!items.isEmpty() && !continues) {
                return false;
            }
            List<T> read = new ArrayList<>(items);
            MarkdownOrigin origin = ctx.origin;
            MarkdownOrigin.Rows rows = origin.rows(items, MarkdownOrigin.Shape.LIST,
                    origin.offset(MarkdownSource.firstLine(block), 0), origin.lineEnd(MarkdownSource.lastLine(block)));
            rows.list = this;
            for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
                ListItem item = (ListItem) n;
                T value = read(item, ListItems.text(item, src), read.size(), src);
                int first = MarkdownSource.firstLine(item);
                int start = origin.offset(first, 0);
                int contentStart = item.getFirstChild() == null || item.getFirstChild().getSourceSpans().isEmpty()
                        ? origin.lineEnd(first) : origin.offset(first,
                        item.getFirstChild().getSourceSpans().get(0).getColumnIndex());
                rows.rows.add(new MarkdownOrigin.Row(value, start, origin.lineEnd(MarkdownSource.lastLine(item)),
                        origin.text.substring(start, contentStart), contentStart,
                        List.of(write(value, read.size()))));
                read.add(value);
            }
            items.setAll(read);
            return true;
        }

        /** The list's Markdown, or null when it has no items. */
        String write(Object target) {
            List<T> items = of(target);
            if (items.isEmpty()) {
                return null;
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    out.append('\n');
                }
                out.append(ListItems.item(numbered ? (i + 1) + ". " : "- ", write(items.get(i), i)));
            }
            return out.toString();
        }
    }

    /** Items that are one piece of text each: initiatives, trends, pain points. */
    static ListField<String> strings(TemplateField field) {
        Placeholder placeholder = field.placeholder();
        return new ListField<>(field.label(), field.key(), field::rows, false, field.aliases().toArray(String[]::new)) {
            @Override
            String read(ListItem item, String text, int index, MarkdownSource src) {
                return placeholder.read(text, index);
            }

            @Override
            String write(String item, int index) {
                return placeholder.write(item, index);
            }
        };
    }

    /** How a named item's name is written: bold as the template's examples do, or plain as its sales-cycle lines. */
    enum NameStyle { BOLD, PLAIN }

    /** Writes "name: rest" so that {@link ListItems#split} reads the same name back. */
    static String named(String name, String rest, Placeholder namePlaceholder, int index, NameStyle style) {
        if (name.isEmpty()) {
            return namePlaceholder.at(index) + ": " + rest;
        }
        boolean plainReadsBack = style == NameStyle.PLAIN && !name.contains(":") && !name.startsWith("*")
                && !name.startsWith("_") && !name.contains("\n") && !name.equals(namePlaceholder.at(index));
        return (plainReadsBack ? name : "**" + Escapes.name(name) + "**") + ": " + rest;
    }

    /** "name: description" lines (values, channels, principles), the two columns the catalogue declares. */
    static ListField<NamedItem> namedItems(TemplateField field, boolean numbered, NameStyle style) {
        return namedItems(field, field::rows, numbered, style);
    }

    /** The same, read into the list {@code list} gives of the object being read. */
    static ListField<NamedItem> namedItems(TemplateField field, Function<Object, ObservableList<NamedItem>> list,
                                           boolean numbered, NameStyle style) {
        Placeholder name = field.columns().get(0).placeholder();
        Placeholder description = field.columns().get(1).placeholder();
        return new ListField<>(field.label(), field.key(), list, numbered,
                field.aliases().toArray(String[]::new)) {
            @Override
            NamedItem read(ListItem item, String text, int index, MarkdownSource src) {
                ListItems.Split split = ListItems.split(item, text);
                NamedItem named = new NamedItem();
                named.setName(name.read(split.name(), index));
                named.setDescription(description.read(split.rest(), index));
                return named;
            }

            @Override
            String write(NamedItem item, int index) {
                return named(item.getName(), description.write(item.getDescription(), index), name, index, style);
            }
        };
    }

    private static final String TARGET = "Target ";
    private static final String CURRENTLY = " (currently ";

    /** "Metric: Target value (currently value)", as the template writes a pillar's success metric. */
    static ListField<PillarMetric> metrics(TemplateField field) {
        Placeholder name = field.columns().get(0).placeholder();
        Placeholder target = field.columns().get(1).placeholder();
        return new ListField<>(field.label(), field.key(), field::rows, false,
                field.aliases().toArray(String[]::new)) {
            @Override
            PillarMetric read(ListItem item, String text, int index, MarkdownSource src) {
                ListItems.Split split = ListItems.split(item, text);
                String rest = split.rest();
                PillarMetric metric = new PillarMetric();
                int currently = rest.lastIndexOf(CURRENTLY);
                // A current value follows a target: after the bare word ("Target (currently 42)", how a target of
                // "(currently 42)" is written) there is none, and an empty "(currently )" is none; both stay in the
                // target as typed.
                if (currently >= 0 && rest.endsWith(")") && !rest.substring(0, currently).equals(TARGET.strip())
                        && !rest.substring(currently + CURRENTLY.length(), rest.length() - 1).isBlank()) {
                    metric.setCurrent(rest.substring(currently + CURRENTLY.length(), rest.length() - 1));
                    rest = rest.substring(0, currently);
                }
                // Only the template's own "Target " is the app's word; "target" or "TArget" as a file spelled it is
                // part of the target as typed, and is written back so (see write).
                if (rest.startsWith(TARGET) || rest.equals(TARGET.strip())) {
                    rest = rest.substring(Math.min(rest.length(), TARGET.length()));
                }
                metric.setName(name.read(split.name(), index));
                metric.setTarget(target.read(rest.strip(), index));
                return metric;
            }

            @Override
            String write(PillarMetric metric, int index) {
                String value = target.write(metric.getTarget(), index);
                boolean spelledOwnWay = value.regionMatches(true, 0, TARGET, 0, TARGET.length())
                        && !value.startsWith(TARGET);
                String rest = (spelledOwnWay ? "" : TARGET) + value
                        + (metric.getCurrent().isEmpty() ? "" : CURRENTLY + metric.getCurrent() + ")");
                return named(metric.getName(), rest, name, index, NameStyle.PLAIN);
            }
        };
    }

    private static final String REASON = " - ";

    /** "Role: N headcount - why", as the template's priority-hiring lines. */
    static ListField<PriorityHire> hires(TemplateField field) {
        Placeholder role = field.columns().get(0).placeholder();
        Placeholder headcount = field.columns().get(1).placeholder();
        Placeholder reason = field.columns().get(2).placeholder();
        return new ListField<>(field.label(), field.key(), field::rows, true,
                field.aliases().toArray(String[]::new)) {
            @Override
            PriorityHire read(ListItem item, String text, int index, MarkdownSource src) {
                ListItems.Split split = ListItems.split(item, text);
                String rest = split.rest();
                PriorityHire hire = new PriorityHire();
                hire.setRole(role.read(split.name(), index));
                // "Role: - why" has a reason and no headcount yet; "Role: 3 -" a headcount and no reason.
                String count = rest;
                String why = "";
                if (rest.equals("-") || rest.startsWith(REASON.stripLeading())) {
                    count = "";
                    why = rest.substring(1).strip();
                } else if (rest.contains(REASON)) {
                    // The first " - " ends the headcount, which never holds one: "3 - -" is a reason of "-", not
                    // a headcount of "3 -" with no reason.
                    count = rest.substring(0, rest.indexOf(REASON)).strip();
                    why = rest.substring(rest.indexOf(REASON) + REASON.length()).strip();
                } else if (rest.endsWith(REASON.stripTrailing())) {
                    count = rest.substring(0, rest.length() - 2).strip();
                }
                hire.setHeadcount(headcount.read(count, index));
                hire.setReason(reason.read(why, index));
                return hire;
            }

            @Override
            String write(PriorityHire hire, int index) {
                String rest = headcount.write(hire.getHeadcount(), index) + REASON + reason.write(hire.getReason(), index);
                return named(hire.getRole(), rest, role, index, NameStyle.PLAIN);
            }
        };
    }
}
