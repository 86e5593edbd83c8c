package app.strategyworkbook.format.markdown;

import app.strategyworkbook.model.Part;

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

    /**
     * A heading or label reduced to its words, for matching: lower case, without parentheses and what they hold,
     * "&" read as "and", everything but letters, digits, "/" and "%" a single space. Written as one loop, not regular
     * expressions, because it runs for every heading, label and list item a file has.
     */
    static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            int close = c == '(' ? lower.indexOf(')', i) : -1;
            if (close >= 0) {
                i = close + 1; // "(Next 12 Months)" is a gloss, not the name
                gap = true;
            } else if (c == '&') {
                word(out, "and");
                gap = true;
            } else if (isWordChar(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** A letter or number of any script (as the regular expressions' L and N classes), "/" or "%". */
    private static boolean isWordChar(int c) {
        if (Character.isLetter(c) || c == '/' || c == '%') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static void word(StringBuilder out, String word) {
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(word);
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

    static TextField text(String label, String anchor, Function<Object, StringProperty> property, String placeholder,
                          String... aliases) {
        return text(label, anchor, property, Placeholder.of(placeholder), aliases);
    }

    static TextField text(String label, String anchor, Function<Object, StringProperty> property, Placeholder placeholder,
                          String... aliases) {
        return new TextField(label, List.of(aliases), anchor, property, placeholder);
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
            for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
                ListItem item = (ListItem) n;
                read.add(read(item, ListItems.text(item, src), read.size(), src));
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
    static ListField<String> strings(String label, String anchor, Function<Object, ObservableList<String>> list,
                                     Placeholder placeholder, String... aliases) {
        return new ListField<>(label, anchor, list, false, aliases) {
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

    static ListField<NamedItem> namedItems(String label, String anchor, Function<Object, ObservableList<NamedItem>> list,
                                           boolean numbered, NameStyle style, Placeholder name, Placeholder description,
                                           String... aliases) {
        return new ListField<>(label, anchor, list, numbered, aliases) {
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
    static ListField<PillarMetric> metrics(String label, String anchor,
                                           Function<Object, ObservableList<PillarMetric>> list) {
        Placeholder name = Placeholder.numbered("[Metric %d]");
        Placeholder target = Placeholder.of("[value]");
        return new ListField<>(label, anchor, list, false) {
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
                if (rest.startsWith(TARGET)) {
                    rest = rest.substring(TARGET.length());
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
    static ListField<PriorityHire> hires(String label, String anchor,
                                         Function<Object, ObservableList<PriorityHire>> list, String... aliases) {
        Placeholder role = Placeholder.of("[Role/Team]");
        Placeholder headcount = Placeholder.of("[N headcount]");
        Placeholder reason = Placeholder.of("[Why critical]");
        return new ListField<>(label, anchor, list, true, aliases) {
            @Override
            PriorityHire read(ListItem item, String text, int index, MarkdownSource src) {
                ListItems.Split split = ListItems.split(item, text);
                String rest = split.rest();
                int dash = rest.indexOf(REASON);
                PriorityHire hire = new PriorityHire();
                hire.setRole(role.read(split.name(), index));
                hire.setHeadcount(headcount.read(dash < 0 ? rest : rest.substring(0, dash).strip(), index));
                hire.setReason(dash < 0 ? "" : reason.read(rest.substring(dash + REASON.length()).strip(), index));
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
