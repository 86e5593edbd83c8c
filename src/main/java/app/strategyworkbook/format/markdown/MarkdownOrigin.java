package app.strategyworkbook.format.markdown;

import app.strategyworkbook.model.KeptBlock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * A Markdown file as it was read, and where in it each value of the document came from: every text field, list item,
 * table row and cell, pillar, segment, section and kept block. A save back to Markdown copies the file and changes
 * only the text of what was edited since ({@link Splice}); the rest of the file is the user's, byte for byte.
 *
 * <p>Places are keyed by the model's own objects (a field's property, a list, a row), which edits and undo keep, so
 * the save can tell what changed by comparing each with the value it had when read.
 */
public final class MarkdownOrigin {
    /** How a new value is written into the place one stood: the escaping each place needs, and text around it. */
    enum Place {
        /** After a "**Label:**" on its line; later lines as a label's are. */
        LABEL,
        /** A paragraph of its own (a mission under "### Mission"). */
        PARAGRAPH,
        /** Part of a heading's text (a pillar's name). */
        HEADING,
        /**
         * A segment's label, or its name where no label stands before it: a colon in it is escaped, or the next read
         * would end the label there.
         */
        BEFORE_LABEL_COLON,
        /** Speaker notes inside their comment: written as typed, "-->" as "--\\>". */
        NOTES,
        /** A table cell, with a space either side as it had. */
        CELL,
        /** A cell of a table whose pipes line up: padded so they stay where they were. */
        ALIGNED_CELL,
        /** Inside a line of the template's own words ("By Q4 2026, we will have achieved:"), as typed. */
        PLAIN
    }

    /**
     * Records that {@code property}'s value is the text from {@code start} to {@code end} as it stands, when it is:
     * a value the reader took from inside a line of the template's words.
     */
    void plain(StringProperty property, int start, int end) {
        // An empty value stood as its placeholder ("[$ value]"), whose place a new value takes.
        if (start >= 0 && end <= text.length() && start <= end
                && (property.get().isEmpty() || text.substring(start, end).equals(property.get()))) {
            values.put(property, new Spot(start, end, Place.PLAIN, property.get()));
        }
    }

    /** Where one value stood: its text's stretch, how it is written there, and its value as read. */
    record Spot(int start, int end, Place place, String value) {
    }

    /** One item of a list, a row of a table, or a pillar or segment: its stretch and, for a line, its marker. */
    record Row(Object element, int start, int end, String marker, int contentStart, List<String> values) {
    }

    /** What a list's rows are: lines of a list, rows of a table, or blocks under headings (pillars, segments). */
    enum Shape { LIST, TABLE, BLOCKS }

    /** A list, table or run of pillars as read: its stretch, its rows, and how the file separates them. */
    static final class Rows {
        final Shape shape;
        final int start;
        int end;
        final List<Row> rows = new ArrayList<>();
        /** How an item of a list is written (for a list), or a row of a table (for a table). */
        Fields.ListField<?> list;
        TableField<?> table;
        /** A table's columns as the file has them (null for one the app does not know). */
        List<?> columns;
        /** The section whose pillars, segments or groups these are, which writes a new one. */
        SectionFormat format;
        /** Whether a table's pipes line up, so that rows added are padded to keep them so. */
        boolean aligned;
        /** What holds the table (the risks, the resources): a table given a column it lacked is written anew. */
        Object owner;

        Rows(Shape shape, int start, int end) {
            this.shape = shape;
            this.start = start;
            this.end = end;
        }
    }

    final String text;
    final boolean bom;
    final String newline;
    private final int[] lineStarts;
    final Map<StringProperty, Spot> values;
    final Map<ObservableList<?>, Rows> lists = new IdentityHashMap<>();
    final Map<KeptBlock, Spot> kept = new IdentityHashMap<>();
    /** The blocks each pillar, segment or group was read in, to extend its text as its blocks are read. */
    private final Map<Object, Rows> blocksOf = new IdentityHashMap<>();
    /** Where each part of the document (a section, a pillar) ends, and where its heading line ends. */
    final Map<Object, int[]> parts = new IdentityHashMap<>();
    /**
     * Every value and list of the document as read, placed or not: a save adds what differs from these and has no
     * place, and leaves alone what the reader took from text it could not pin down (a title over several lines).
     */
    final Map<StringProperty, String> asRead = new IdentityHashMap<>();
    final Map<ObservableList<?>, List<Object>> listsAsRead = new IdentityHashMap<>();

    private void remember(app.strategyworkbook.template.TemplateField field, Object owner) {
        if (field.kind().isText()) {
            StringProperty text = field.text(owner);
            if (!values.containsKey(text)) { // a value with a place is compared with its place's
                asRead.put(text, text.get());
            }
            return;
        }
        ObservableList<Object> rows = field.rows(owner);
        if (!lists.containsKey(rows)) {
            listsAsRead.put(rows, List.copyOf(rows));
        }
        for (Object row : rows) {
            if (!(row instanceof String)) {
                for (var column : field.columns()) {
                    remember(column, row);
                }
            }
        }
    }

    /** Whether {@code property} holds what the file gave it. */
    boolean asRead(StringProperty property) {
        String was = asRead.get(property);
        return was != null && was.equals(property.get());
    }

    /** The sections whose first heading is one of their parts' ("## Mission" for the overview). */
    final java.util.Set<Object> enteredBySubheading = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Where the line of each fixed subheading the file has ends, by section and key ("values"). */
    final Map<Object, Map<String, Integer>> subheadingEnds = new IdentityHashMap<>();
    /** Where each section's heading line starts. */
    final Map<Object, Integer> sectionStarts = new IdentityHashMap<>();
    /** The cells of each row's columns the app does not know, by the row's list of them. */
    final Map<ObservableList<String>, List<Spot>> extraCells = new IdentityHashMap<>();
    /** Where the title's heading ends, underline and all; -1 for a file with no title. */
    int titleEnd = -1;
    /** The app's own line naming the slides not shown, where the file has it. */
    Spot slideChoice;
    /**
     * How the file writes labels ("**Owner:**" or "**Owner**:") and bullets ("-", "*" or "+"), as its first ones are
     * written, for what the save adds; null until one is read (then the template's way).
     */
    private Boolean colonOutside;
    private Character bulletSeen;

    /** A label as the file wrote it, up to its value ("**Owner**: "). */
    void labelSeen(String label) {
        String written = label.strip();
        if (colonOutside == null && written.startsWith("**")) {
            colonOutside = written.endsWith("**:");
        }
    }

    /** A bullet list's marker, as the file wrote it. */
    void bulletSeen(char marker) {
        if (bulletSeen == null) {
            bulletSeen = marker;
        }
    }

    /** The bullet the file uses for its lists, "-" if it has none. */
    String bullet() {
        return bulletSeen == null ? "-" : String.valueOf(bulletSeen);
    }

    /**
     * {@code markdown} the template writer made, in this file's ways: its bullets and its labels. Only the writer's
     * own line starts are changed ("- " and "**Label:**"); text the user typed is escaped so that it never starts so.
     */
    String inFileStyle(String markdown) {
        boolean bullets = bulletSeen != null && bulletSeen != '-';
        boolean labels = Boolean.TRUE.equals(colonOutside);
        if (!bullets && !labels) {
            return markdown;
        }
        StringBuilder out = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (bullets && line.startsWith("- ")) {
                line = bulletSeen + line.substring(1);
            }
            if (labels) {
                var label = LABEL_COLON_INSIDE.matcher(line);
                if (label.lookingAt()) {
                    line = "**" + label.group(1) + "**:" + line.substring(label.end());
                }
            }
            out.append(line);
        }
        return out.toString();
    }

    private static final java.util.regex.Pattern LABEL_COLON_INSIDE = java.util.regex.Pattern.compile(
            "\\*\\*([^*\\n]+):\\*\\*");

    MarkdownOrigin(String text, boolean bom, boolean crlf) {
        this.text = text;
        this.bom = bom;
        this.newline = crlf ? "\r\n" : "\n";
        // About one value for every 30 characters of a strategy: sized once, not grown a dozen times for a large one.
        this.values = new IdentityHashMap<>(Math.max(32, text.length() / 30));
        int[] starts = new int[Math.max(16, text.length() / 40)];
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                if (lines == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            }
        }
        lineStarts = java.util.Arrays.copyOf(starts, lines);
    }

    /** The offset of a column of a line, as commonmark's source spans give them. */
    int offset(int line, int column) {
        return line < lineStarts.length ? Math.min(lineStarts[line] + column, text.length()) : text.length();
    }

    /** Where a line's text ends, before its line break. */
    int lineEnd(int line) {
        if (line + 1 >= lineStarts.length) {
            return text.length();
        }
        int end = lineStarts[line + 1];
        if (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    int lineCount() {
        return lineStarts.length;
    }

    void value(StringProperty property, int start, int end, Place place) {
        values.put(property, new Spot(start, end, place, property.get()));
    }

    /** The rows read for {@code list}, made on first use: a list split by a change of bullet continues its rows. */
    Rows rows(ObservableList<?> list, Shape shape, int start, int end) {
        Rows rows = lists.get(list);
        if (rows == null) {
            rows = new Rows(shape, start, end);
            lists.put(list, rows);
        }
        rows.end = Math.max(rows.end, end);
        return rows;
    }

    /** Extends where a part (a section, a pillar) ends to {@code end}; the first call gives where its heading ends. */
    void extendPart(Object part, int end) {
        int[] at = parts.get(part);
        if (at == null) {
            parts.put(part, new int[] {end, end});
        } else {
            at[1] = Math.max(at[1], end);
        }
    }

    /** Extends the row of {@code item} in the blocks that hold it (a pillar's text runs to its last block). */
    void extendItem(Object item, int end) {
        Rows rows = blocksOf.get(item);
        if (rows == null) {
            return;
        }
        // The item being read is the last one its blocks have: found at once, however many there are.
        for (int i = rows.rows.size() - 1; i >= 0; i--) {
            Row row = rows.rows.get(i);
            if (row.element() == item) {
                if (end > row.end()) {
                    rows.rows.set(i, new Row(item, row.start(), end, row.marker(), row.contentStart(), row.values()));
                    rows.end = Math.max(rows.end, end);
                }
                return;
            }
        }
    }

    /** A pillar, segment or group read as a block starting at its heading, in {@code rows}. */
    void startItem(Rows rows, Row row) {
        rows.rows.add(row);
        blocksOf.put(row.element(), rows);
    }

    /**
     * Takes the values as they stand once the whole file is read: a field filled twice (a label given again) has the
     * value of its last filling, which is what a save compares with.
     */
    void settle(app.strategyworkbook.model.StrategyDocument doc) {
        for (var part : app.strategyworkbook.template.DocumentPart.values()) {
            for (var field : app.strategyworkbook.template.Template.fieldsOf(part)) {
                remember(field, part.in(doc));
            }
        }
        values.replaceAll((property, spot) -> spot.value().equals(property.get()) ? spot
                : new Spot(spot.start(), spot.end(), spot.place(), property.get()));
        kept.replaceAll((block, spot) -> spot.value().equals(block.getMarkdown()) ? spot
                : new Spot(spot.start(), spot.end(), spot.place(), block.getMarkdown()));
    }
}
