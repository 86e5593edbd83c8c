package app.strategyworkbook.format.markdown;

import app.strategyworkbook.template.Kind;
import app.strategyworkbook.template.TemplateField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.collections.ObservableList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;

/**
 * Items written as a name and what it is, the way people list competitors, customer segments and values by hand:
 * "**Dunelm** — scale and price", "*Slow travellers* (couples 45–70): 3–5 nights", "**Transparency.** Rates are
 * published", "Universal Robots (Teradyne) - market leader", "Gift buyers: mostly in Q4". The name is read from
 * commonmark's inline tree where it is emphasised; a plain one ends at the first " — ", " – ", " - " or ": " of the
 * item's first line, and only when it is short enough to be a name.
 *
 * <p>Each list remembers how its first item wrote a name (the emphasis, the punctuation inside it, the separator), so an
 * item edited or added is written in the same shape as its neighbours, and an item's name or description alone changes
 * when only that was edited.
 */
final class NamedBullets {
    private NamedBullets() {
    }

    /** An item as read: its name, its description, and the way it wrote the name. */
    record Named(String name, String rest, Style style) {
    }

    /**
     * How a name is written: {@code open} before it ("**", "*", or nothing), {@code close} after it (the punctuation the
     * emphasis holds and the closing delimiter: ".**", "**", ":**"), and {@code separator} before the description.
     */
    record Style(String open, String close, String separator) {
        static final Style BOLD_DASH = new Style("**", "**", " — ");

        String write(String name, String rest) {
            if (open.isEmpty() && !readsPlain(name)) {
                // A name a plain item would not read back whole ("Owner: CFO", "[Competitor 1]") is written bold.
                return new Style("**", "**", separator.isEmpty() ? " \u2014 " : separator).write(name, rest);
            }
            String n = open.isEmpty() ? name : Escapes.name(name);
            if (rest.isEmpty()) {
                return open + n + close;
            }
            return open + n + close + (separator.isEmpty() ? " \u2014 " : separator) + rest;
        }
    }

    /** The punctuation between an emphasised name and its description: a colon, a dash, or only a space. */
    private static final Pattern AFTER_EMPHASIS = Pattern.compile("^([ \t\f]*(?:[:\u2014\u2013-]|\\.)?[ \t\f]*)");
    /** A plain name's end on the first line; a form feed counts as a space, as the cell it is written to drops it. */
    private static final Pattern PLAIN_SEPARATOR = Pattern.compile("[ \t\f]+[\u2014\u2013-][ \t\f]+|:[ \t\f]+");
    /** Longest plain name taken, in words outside parentheses: a longer run of words before a dash is a sentence, not a name. */
    private static final int NAME_WORDS = 12;

    /** Whether {@code name} written plainly as an item's start reads back as that name. */
    static boolean readsPlain(String name) {
        if (name.isEmpty() || name.startsWith("*") || name.startsWith("_") || name.startsWith("[")
                || name.startsWith("`") || name.startsWith("\\") || name.startsWith("#") || name.startsWith("<")) {
            return false;
        }
        Matcher m = PLAIN_SEPARATOR.matcher(name);
        String words = name.replaceAll("\\([^)]*\\)", " ").strip();
        return !m.find() && !name.contains("\n") && !words.isEmpty() && words.split("\\s+").length <= NAME_WORDS
                && !name.endsWith(".") && !name.endsWith(":") && !name.contains(". ") && !name.contains(";")
                && name.equals(name.strip()) && !name.matches("^\\d+[.)].*") && !name.matches("^[-+*>|].*");
    }

    /** The item's name and description, or null when the item names nothing (a sentence, an empty item). */
    static Named read(ListItem item, String text) {
        if (text.isBlank()) {
            return null;
        }
        Node p = item.getFirstChild();
        // The item's first block holds the name: a paragraph, or a heading when a later line ("===") underlines it.
        if ((p instanceof Paragraph || p instanceof org.commonmark.node.Heading)
                && (p.getFirstChild() instanceof StrongEmphasis
                || p.getFirstChild() instanceof Emphasis) && p.getFirstChild().getSourceSpans().size() == 1
                && !p.getSourceSpans().isEmpty()) {
            Node em = p.getFirstChild();
            SourceSpan span = em.getSourceSpans().get(0);
            String delimiter = em instanceof StrongEmphasis s ? s.getOpeningDelimiter()
                    : ((Emphasis) em).getOpeningDelimiter();
            int offset = span.getColumnIndex() - p.getSourceSpans().get(0).getColumnIndex();
            int length = span.getLength();
            if (offset == 0 && span.getLineIndex() == p.getSourceSpans().get(0).getLineIndex()
                    && length > 2 * delimiter.length() && text.length() >= length
                    && text.startsWith(delimiter) && text.startsWith(delimiter, length - delimiter.length())) {
                String inner = text.substring(delimiter.length(), length - delimiter.length());
                String punct = "";
                if (inner.length() > 1 && (inner.endsWith(":") || inner.endsWith(".")) && !inner.endsWith("\\:")
                        && !inner.endsWith("\\.")) {
                    punct = inner.substring(inner.length() - 1);
                    inner = inner.substring(0, inner.length() - 1);
                }
                String after = text.substring(length);
                Matcher m = AFTER_EMPHASIS.matcher(after);
                m.lookingAt();
                String separator = m.group(1);
                String name = Escapes.unname(inner).strip();
                if (name.isEmpty() || name.contains("\n") || !inner.equals(inner.strip())) {
                    return null;
                }
                String rest = after.substring(separator.length());
                if (separator.isEmpty() && !rest.isEmpty() && !rest.startsWith("\n")) {
                    return null; // "**Big** players like …": the emphasis is part of a sentence
                }
                if (rest.startsWith("\n")) {
                    separator = separator + "\n";
                    rest = rest.substring(1);
                }
                if (!rest.isEmpty() && separator.isEmpty()) {
                    return null;
                }
                return new Named(name, rest, new Style(delimiter, punct + delimiter,
                        separator.isEmpty() ? " " : separator));
            }
        }
        String firstLine = text.contains("\n") ? text.substring(0, text.indexOf('\n')) : text;
        if (firstLine.startsWith("*") || firstLine.startsWith("_") || firstLine.startsWith("[")
                || firstLine.startsWith("`")) {
            return null;
        }
        Matcher m = PLAIN_SEPARATOR.matcher(firstLine);
        boolean separated = m.find() && m.start() > 0;
        String name = separated ? firstLine.substring(0, m.start()) : text;
        String words = name.replaceAll("\\([^)]*\\)", " ").strip();
        if (name.contains("\n") || words.isEmpty() || words.split("\\s+").length > NAME_WORDS || name.endsWith(".")
                || name.contains(". ") || name.contains(";")
                || name.endsWith(":") || !name.equals(name.strip())) {
            return null;
        }
        return separated ? new Named(name, text.substring(m.end()), new Style("", "", m.group()))
                : new Named(name, "", new Style("", "", ""));
    }

    /** Whether an item of the list names itself otherwise than with a colon: a dash, a full stop, a gloss. */
    static boolean otherThanColons(ListBlock block, MarkdownSource src) {
        for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
            Named named = read((ListItem) n, ListItems.text((ListItem) n, src));
            if (named != null && !named.rest().isEmpty() && !named.style().separator().strip().startsWith(":")
                    && !named.style().close().startsWith(":")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A list of named items of the catalogue's {@code items} (competitors, segments), read into the list of the object
     * being read: {@code nameColumn} is the item's name, {@code restColumn} what the file says of it. The item's other
     * values, which a hand-written item rarely has, are written under its first line as "**Label:** value" lines (and
     * "**Label:**" with a nested list for a list of lines), and read back from there; so every value has a place in
     * the item's own lines. One instance reads one list (it keeps the list's style), so sections make one per list.
     */
    static class Field<T> extends Fields.ListField<T> {
        private final TemplateField items;
        private final TemplateField nameColumn;
        private final TemplateField restColumn;
        private final List<TemplateField> extras = new ArrayList<>();
        private Style style = Style.BOLD_DASH;
        private boolean styled;

        Field(TemplateField items, TemplateField nameColumn, TemplateField restColumn,
              Function<Object, ObservableList<T>> list) {
            super(items.label(), items.key(), list, false);
            this.items = items;
            this.nameColumn = nameColumn;
            this.restColumn = restColumn;
            for (TemplateField column : items.columns()) {
                if (column != nameColumn && column != restColumn
                        && (column.kind().isText() || column.kind() == Kind.LINES)) {
                    extras.add(column);
                }
            }
        }

        /** An item's text split into its named first part and the labelled lines after it. */
        private record Parsed(String core, Map<TemplateField, Object> extras) {
        }

        private static final Pattern LABEL_LINE = Pattern.compile("^\\*\\*([^*\\n]+?):\\*\\*(?:[ \t]+(.*))?$");

        private Parsed parse(String text) {
            String[] lines = text.split("\n", -1);
            for (int k = 1; k < lines.length; k++) {
                Map<TemplateField, Object> found = extras(lines, k);
                if (found != null) {
                    return new Parsed(String.join("\n", java.util.Arrays.copyOfRange(lines, 0, k)).strip(), found);
                }
            }
            return new Parsed(text, Map.of());
        }

        /** The labelled lines from line {@code k} to the end, or null when any line there is not one of them. */
        private Map<TemplateField, Object> extras(String[] lines, int k) {
            Map<TemplateField, Object> found = new LinkedHashMap<>();
            int i = k;
            while (i < lines.length) {
                Matcher m = LABEL_LINE.matcher(lines[i]);
                TemplateField column = m.matches() ? extra(m.group(1)) : null;
                if (column == null || found.containsKey(column)) {
                    return null;
                }
                i++;
                if (column.kind() == Kind.LINES) {
                    if (m.group(2) != null) {
                        return null;
                    }
                    List<String> rows = new ArrayList<>();
                    while (i < lines.length && lines[i].startsWith("- ")) {
                        rows.add(lines[i].substring(2));
                        i++;
                    }
                    found.put(column, rows);
                } else {
                    found.put(column, m.group(2) == null ? "" : m.group(2));
                }
            }
            return found;
        }

        private TemplateField extra(String label) {
            for (TemplateField column : extras) {
                if (column.label().equals(label)) {
                    return column;
                }
            }
            return null;
        }

        /** Whether every item of the list names something: then the list is one of named items. */
        boolean accepts(ListBlock block, MarkdownSource src) {
            int count = 0;
            for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
                ListItem item = (ListItem) n;
                if (NamedBullets.read(item, parse(ListItems.text(item, src)).core()) == null) {
                    return false;
                }
                count++;
            }
            return count > 0;
        }

        @Override
        boolean read(ListBlock block, Object target, ReadContext ctx, boolean continues) {
            if (!accepts(block, ctx.src)) {
                return false;
            }
            // The list's shape is its first item's that has a description: an item edited or added takes it. It is
            // settled before any item is read, as every item's text as read is compared with its text written.
            for (Node n = block.getFirstChild(); n != null && !styled; n = n.getNext()) {
                Named named = NamedBullets.read((ListItem) n, parse(ListItems.text((ListItem) n, ctx.src)).core());
                if (!named.style().separator().isEmpty()) {
                    style = named.style();
                    styled = true;
                }
            }
            return super.read(block, target, ctx, continues);
        }

        @Override
        @SuppressWarnings("unchecked")
        T read(ListItem item, String text, int index, MarkdownSource src) {
            Parsed parsed = parse(text);
            Named named = NamedBullets.read(item, parsed.core());
            T row = (T) items.newRow();
            nameColumn.text(row).set(nameColumn.placeholder().read(named.name(), index));
            restColumn.text(row).set(restColumn.placeholder().read(named.rest(), index));
            parsed.extras().forEach((column, value) -> {
                if (value instanceof String v) {
                    column.text(row).set(v);
                } else {
                    column.<String>rows(row).setAll((List<String>) value);
                }
            });
            return row;
        }

        /**
         * The list's marker as the file wrote its first item ("-", "*", "1.", "1)"), once read: a list written whole
         * again uses it, so a list the file had right after this one stays apart from it.
         */
        static String marker(ReadContext ctx, ObservableList<?> list) {
            MarkdownOrigin.Rows rows = ctx.origin.lists.get(list);
            if (rows == null || rows.rows.isEmpty()) {
                return "-";
            }
            String marker = rows.rows.get(0).marker().strip();
            return marker.matches("[-*+]|\\d{1,9}[.)]") ? marker : "-";
        }

        /** The whole list with {@code marker} before each item ("1." counting up), or null when it has none. */
        String write(Object target, String marker) {
            List<T> all = of(target);
            if (all.isEmpty()) {
                return null;
            }
            boolean ordered = Character.isDigit(marker.charAt(0));
            char delimiter = marker.charAt(marker.length() - 1);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < all.size(); i++) {
                out.append(i == 0 ? "" : "\n")
                        .append(ListItems.item(ordered ? (i + 1) + String.valueOf(delimiter) + " " : marker + " ",
                                write(all.get(i), i)));
            }
            return out.toString();
        }

        @Override
        String write(T item, int index) {
            String name = nameColumn.text(item).get();
            StringBuilder out = new StringBuilder(style.write(name.isEmpty() ? nameColumn.placeholder().at(index)
                    : name, restColumn.text(item).get()));
            for (TemplateField column : extras) {
                if (column.kind() == Kind.LINES) {
                    List<String> rows = column.rows(item);
                    if (!rows.isEmpty()) {
                        out.append("\n**").append(column.label()).append(":**");
                        rows.forEach(r -> out.append("\n- ").append(r));
                    }
                } else if (!column.text(item).get().isEmpty()) {
                    out.append("\n**").append(column.label()).append(":** ").append(column.text(item).get());
                }
            }
            return out.toString();
        }
    }
}
