package app.strategyworkbook.format.markdown;

import app.strategyworkbook.format.markdown.MarkdownOrigin.Place;
import app.strategyworkbook.format.markdown.MarkdownOrigin.Row;
import app.strategyworkbook.format.markdown.MarkdownOrigin.Rows;
import app.strategyworkbook.format.markdown.MarkdownOrigin.Shape;
import app.strategyworkbook.format.markdown.MarkdownOrigin.Spot;
import app.strategyworkbook.model.KeptBlock;
import app.strategyworkbook.model.StrategyDocument;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.collections.ObservableList;

/**
 * A save back to the Markdown file a document was read from: the file's text, changed only where the document was
 * edited since. An edited value replaces its own characters, written the way the file writes that place (a label's
 * value, a padded cell, a bullet's text); a row or pillar added is written like its neighbours, one removed takes its
 * lines with it, and moved ones take their text along. Everything else is copied byte for byte, so a colleague's file
 * keeps its bullets, padding, headings, line endings and byte-order mark.
 */
final class Splice {
    private final MarkdownOrigin origin;
    private final SourceEdits edits;

    private Splice(MarkdownOrigin origin) {
        this.origin = origin;
        this.edits = new SourceEdits(origin.text);
    }

    /**
     * The file {@code origin} was, with the edits made to {@code doc} since it was read; null when an edit has no place
     * in the file this splice can find (the caller then writes the document whole, which keeps every word).
     */
    static String write(StrategyDocument doc, MarkdownOrigin origin) {
        Splice splice = new Splice(origin);
        splice.values();
        splice.extraCells();
        splice.kept();
        splice.lists();
        splice.slideChoice(doc);
        if (!new Additions(doc, origin, splice.edits).add()) {
            return null;
        }
        return (origin.bom ? "\uFEFF" : "") + splice.edits.result();
    }

    /** Each text value edited since, written over its old text. */
    private void values() {
        origin.values.forEach((property, spot) -> {
            String now = property.get();
            if (!now.equals(spot.value())) {
                edits.replace(spot.start(), spot.end(), render(spot, now));
            }
        });
    }

    private void extraCells() {
        origin.extraCells.forEach((cells, spots) -> {
            for (int i = 0; i < spots.size(); i++) {
                Spot spot = spots.get(i);
                String now = i < cells.size() ? cells.get(i) : "";
                if (!now.equals(spot.value())) {
                    edits.replace(spot.start(), spot.end(), render(spot, now));
                }
            }
        });
    }

    /** Text kept as the file had it, edited in the window as Markdown: written as typed. */
    private void kept() {
        origin.kept.forEach((KeptBlock block, Spot spot) -> {
            if (!block.getMarkdown().equals(spot.value())) {
                edits.replace(spot.start(), spot.end(), lines(block.getMarkdown()));
            }
        });
    }

    /** How {@code value} is written in the place {@code spot} stood. */
    private String render(Spot spot, String value) {
        return switch (spot.place()) {
            case LABEL -> value.isEmpty() ? "" : " " + lines(Escapes.escapeLines(value, 1));
            case PARAGRAPH -> lines(Escapes.escapeLines(value, 0));
            case HEADING -> Escapes.heading(value);
            case BEFORE_LABEL_COLON -> Escapes.heading(Escapes.colons(value));
            case CELL -> spaced(origin.text.substring(spot.start(), spot.end()), Escapes.cell(value));
            case ALIGNED_CELL -> padded(origin.text.substring(spot.start(), spot.end()), Escapes.cell(value));
            case PLAIN -> value;
            case NOTES -> lines(SpeakerNotes.escape(value));
        };
    }

    /**
     * A cell's new text in the room its old text had: the same space before it, and as much after as keeps the
     * column's pipes where they were (at least one space, where the cell had one).
     */
    private static String padded(String region, String text) {
        int lead = MarkdownSource.indent(region);
        int content = MarkdownSource.stripTrailing(region).length() - lead;
        int trail = region.length() - lead - Math.max(0, content);
        if (region.isBlank()) {
            lead = region.isEmpty() ? 0 : 1;
            trail = Math.max(0, region.length() - lead - text.length());
            return " ".repeat(lead) + text + " ".repeat(Math.max(region.isEmpty() ? 0 : 1, trail));
        }
        int room = region.length() - lead - text.length();
        return " ".repeat(lead) + text + " ".repeat(Math.max(trail > 0 ? 1 : 0, room));
    }

    /** A cell's new text with the space before and after it that the cell had (one at most). */
    private static String spaced(String region, String text) {
        if (text.isEmpty()) {
            return region.isEmpty() ? "" : " ";
        }
        if (region.isBlank()) {
            return region.isEmpty() ? text : " " + text + " ";
        }
        return (MarkdownSource.indent(region) > 0 ? " " : "") + text
                + (MarkdownSource.stripTrailing(region).length() < region.length() ? " " : "");
    }

    /** Text with the file's own line breaks. */
    private String lines(String text) {
        return origin.newline.equals("\n") ? text : text.replace("\n", origin.newline);
    }

    /** The app's one line naming the slides not shown: changed, added at the end, or taken out, as the choice is. */
    private void slideChoice(StrategyDocument doc) {
        var hidden = doc.getPresentation().getHiddenSlides();
        String now = String.join(", ", hidden);
        Spot spot = origin.slideChoice;
        if (spot != null) {
            if (hidden.isEmpty()) {
                int start = spot.start();
                // The line goes with the line break before it.
                while (start > 0 && (origin.text.charAt(start - 1) == '\n' || origin.text.charAt(start - 1) == '\r')) {
                    start--;
                }
                edits.replace(start, spot.end(), "");
            } else if (!now.equals(spot.value())) {
                edits.replace(spot.start(), spot.end(), "<!-- Strategy Workbook: slides not shown: " + now + " -->");
            }
        } else if (!hidden.isEmpty()) {
            String text = origin.text;
            String before = text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? "" : origin.newline;
            edits.replace(text.length(), text.length(), before + origin.newline
                    + "<!-- Strategy Workbook: slides not shown: " + now + " -->" + origin.newline);
        }
    }

    // Lists, tables and pillars.

    /** Each list, table and run of pillars: the innermost first, so an outer one moves inner edits along. */
    private void lists() {
        List<Map.Entry<ObservableList<?>, Rows>> all = new ArrayList<>(origin.lists.entrySet());
        all.sort(Comparator.comparingInt(e -> e.getValue().end - e.getValue().start));
        for (var entry : all) {
            reconcile(entry.getKey(), entry.getValue());
        }
    }

    private void reconcile(ObservableList<?> list, Rows rows) {
        if (rows.shape == Shape.TABLE && needsColumn(list, rows)) {
            // A value in a column the file's table lacks (a risk's owner): the table is written anew, with it.
            for (Row row : rows.rows) {
                edits.take(row.start(), row.end());
            }
            edits.replace(rows.start, rows.end, lines(rows.table.write(rows.owner)));
            return;
        }
        List<Object> now = new ArrayList<>(list);
        List<Row> was = rows.rows;
        int[] match = match(now, was);
        boolean[] changed = new boolean[now.size()];
        boolean sameRows = now.size() == was.size();
        for (int i = 0; i < now.size(); i++) {
            sameRows &= match[i] == i;
            changed[i] = match[i] >= 0 && contentChanged(rows, now.get(i), was.get(match[i]), match[i]);
        }
        if (sameRows) {
            for (int i = 0; i < now.size(); i++) {
                if (changed[i]) {
                    Row row = was.get(i);
                    edits.replace(row.contentStart(), row.end(), content(rows, now.get(i), i, row));
                }
            }
            return;
        }
        rebuild(rows, now, match, changed);
    }

    /** Whether a row has a value in a column the file's table lacks, or in a cell its line lacks. */
    private boolean needsColumn(ObservableList<?> list, Rows rows) {
        for (Object row : list) {
            for (var column : rows.table.columns()) {
                if (!rows.columns.contains(column) && !column.field().text(row).get().isEmpty()) {
                    return true;
                }
            }
            var extra = ((app.strategyworkbook.model.TableRow) row).getExtraCells();
            List<Spot> spots = origin.extraCells.getOrDefault(extra, List.of());
            for (int i = spots.size(); i < extra.size(); i++) {
                if (!extra.get(i).isEmpty() && rows.rows.stream().anyMatch(r -> r.element() == row)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a list item read from the file now says something else (a table's cells are values of their own). */
    private static boolean contentChanged(Rows rows, Object now, Row row, int index) {
        if (rows.shape != Shape.LIST) {
            return false;
        }
        return !row.values().get(0).equals(write(rows.list, now, index));
    }

    @SuppressWarnings("unchecked")
    private static String write(Fields.ListField<?> list, Object item, int index) {
        return ((Fields.ListField<Object>) list).write(item, index);
    }

    /**
     * For each item now, the row it was read as, or -1 for an item new since. Items are the model's own objects,
     * matched by identity; lines of text are matched by Myers' diff, a line edited in place being its old row.
     */
    private static int[] match(List<Object> now, List<Row> was) {
        int[] match = new int[now.size()];
        Arrays.fill(match, -1);
        boolean text = !was.isEmpty() && was.get(0).element() instanceof String
                || was.isEmpty() && !now.isEmpty() && now.get(0) instanceof String;
        if (!text) {
            Map<Object, Integer> at = new IdentityHashMap<>();
            for (int i = 0; i < was.size(); i++) {
                at.put(was.get(i).element(), i);
            }
            for (int i = 0; i < now.size(); i++) {
                match[i] = at.getOrDefault(now.get(i), -1);
            }
            return match;
        }
        List<String> before = was.stream().map(r -> (String) r.element()).toList();
        List<String> after = now.stream().map(String.class::cast).toList();
        int w = 0;
        int n = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            while (w < delta.getSource().getPosition() && n < after.size()) {
                match[n++] = w++;
            }
            int lost = delta.getSource().size();
            int added = delta.getTarget().size();
            if (delta.getType() == DeltaType.CHANGE && lost == added) {
                for (int k = 0; k < added; k++) {
                    match[n++] = w++; // a line edited in place keeps its row and marker
                }
            } else {
                w += lost;
                n += added;
            }
        }
        while (n < after.size() && w < before.size()) {
            match[n++] = w++;
        }
        return match;
    }

    /**
     * Writes the rows of a list, table or run of pillars anew from their own text, in their new order: a row kept
     * takes its text (with the edits inside it), a row added is written like its neighbours, a row removed is left
     * out with its lines.
     */
    private void rebuild(Rows rows, List<Object> now, int[] match, boolean[] changed) {
        List<Row> was = rows.rows;
        int start = was.isEmpty() ? regionStart(rows) : was.get(0).start();
        int end = was.isEmpty() ? regionEnd(rows) : was.get(was.size() - 1).end();
        List<String> texts = new ArrayList<>();
        for (Row row : was) {
            texts.add(edits.take(row.start(), row.end()));
        }
        String separator = separator(rows);
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            int from = match[i];
            if (from >= 0 && !changed[i]) {
                pieces.add(renumbered(rows, texts.get(from), was.get(from), from, i));
            } else if (from >= 0) {
                Row row = was.get(from);
                pieces.add(renumber(rows, row.marker(), i) + content(rows, now.get(i), i, row));
            } else {
                // Written like the row before it, or for a first row like the one after: a "+" list stays "+".
                pieces.add(added(rows, now.get(i), i, was.isEmpty() ? null
                        : was.get(Math.max(0, Math.min(was.size() - 1, i - 1)))));
            }
        }
        String text = String.join(separator, pieces);
        if (was.isEmpty() && rows.shape == Shape.TABLE) {
            text = pieces.isEmpty() ? "" : origin.newline + text; // after the table's delimiter row
        }
        edits.replace(start, end, text);
    }

    /** Where rows go in a list or table that had none: in place of the template's placeholder, or after the table. */
    private static int regionStart(Rows rows) {
        return rows.shape == Shape.TABLE ? rows.end : rows.start;
    }

    private static int regionEnd(Rows rows) {
        return rows.end;
    }

    /** What stood between the first two rows, or a line break (a blank line between pillars) where there were fewer. */
    private String separator(Rows rows) {
        if (rows.rows.size() >= 2) {
            String between = origin.text.substring(rows.rows.get(0).end(), rows.rows.get(1).start());
            if (between.isBlank()) {
                return between;
            }
        }
        return rows.shape == Shape.BLOCKS ? origin.newline + origin.newline : origin.newline;
    }

    /** A list item's new text after its marker, its later lines indented under the first as the marker needs. */
    private String content(Rows rows, Object item, int index, Row row) {
        String text = item instanceof String s && s.isEmpty() ? "" : write(rows.list, item, index);
        String marker = row.marker();
        String firstLine = marker.contains("\n") ? marker.substring(marker.lastIndexOf('\n') + 1) : marker;
        return lines(ListItems.item(" ".repeat(firstLine.length()), text).substring(firstLine.length()));
    }

    /** The number in a list item's marker or a pillar's heading ("### 2. ", "### Strategic Priority 2 — "). */
    private static final Pattern NUMBER = Pattern.compile(
            "^(\\s*(?:#+[^\\d\\n]*?)?)(\\d+)([.):\\s\\-\u2013\u2014])");

    /** A numbered marker ("3. ", "### Pillar 3: ") given the number of the place the row now stands at. */
    private static String renumber(Rows rows, String marker, int index) {
        if (rows.rows.isEmpty()) {
            return marker;
        }
        Matcher first = NUMBER.matcher(rows.rows.get(0).marker());
        Matcher m = NUMBER.matcher(marker);
        if (!first.find() || !m.find()) {
            return marker;
        }
        int base = Integer.parseInt(first.group(2));
        return marker.substring(0, m.start(2)) + (base + index) + marker.substring(m.end(2));
    }

    /** A kept row's text, its number changed to its new place where the list counts (a pillar moved up). */
    private static String renumbered(Rows rows, String text, Row row, int wasAt, int index) {
        if (wasAt == index) {
            return text;
        }
        String marker = renumber(rows, row.marker(), index);
        return text.startsWith(row.marker()) ? marker + text.substring(row.marker().length()) : text;
    }

    /** A row added since the file was read, written like {@code like}, the row before it (or as the template). */
    private String added(Rows rows, Object item, int index, Row like) {
        return switch (rows.shape) {
            case LIST -> {
                String marker = like != null ? renumber(rows, like.marker(), index)
                        : rows.list.numbered ? (index + 1) + ". " : origin.bullet() + " ";
                yield marker + content(rows, item, index, new Row(item, 0, 0, marker, 0, List.of()));
            }
            case TABLE -> tableRow(rows, item, index, like);
            case BLOCKS -> {
                MarkdownOut out = new MarkdownOut();
                out.sparse = true;
                rows.format.writeItemLike(out, item, index, like == null ? null : like.element());
                yield lines(origin.inFileStyle(Sparse.prune(out.result(false))));
            }
        };
    }

    /** A table row added: its cells in the file's columns, padded as the row above it is where that one is. */
    private String tableRow(Rows rows, Object item, int index, Row like) {
        List<String> cells = rows.table.cellsAsRead(item, index, rows.columns);
        List<int[]> regions = like == null ? List.of()
                : TableField.cellRegions(origin.text.substring(like.start(), like.end()));
        StringBuilder out = new StringBuilder();
        String neighbour = like == null ? "" : origin.text.substring(like.start(), like.end());
        boolean outerPipes = like == null || neighbour.stripLeading().startsWith("|");
        out.append(outerPipes ? "|" : "");
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            if (c < regions.size()) {
                String region = neighbour.substring(regions.get(c)[0], regions.get(c)[1]);
                out.append(rows.aligned ? padded(region, cell) : spaced(region, cell));
            } else {
                out.append(cell.isEmpty() ? " " : " " + cell + " ");
            }
            if (c < cells.size() - 1 || outerPipes) {
                out.append('|');
            }
        }
        return out.toString();
    }
}
