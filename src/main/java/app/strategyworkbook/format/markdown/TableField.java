package app.strategyworkbook.format.markdown;

import app.strategyworkbook.model.TableLayout;
import app.strategyworkbook.model.TableRow;
import app.strategyworkbook.template.Placeholder;
import app.strategyworkbook.template.TemplateField;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.commonmark.ext.gfm.tables.TableBlock;

/**
 * One of the template's tables. Reading maps each header cell to a known column by name, so columns may come in any
 * order; columns it does not know (an "Owner" added by hand) and cells beyond the header are kept per row and written
 * back in their place. The header as typed and the delimiter row (alignment colons and all) are kept too.
 */
final class TableField<R extends TableRow> {

    /**
     * A known column, as the catalogue declares it. An optional one (the risk owner) is written only when some row
     * has a value in it or the file had it, so tables without it keep the template's columns.
     */
    record Column<R>(TemplateField field) {
        String header() {
            return field.label();
        }

        StringProperty cell(R row) {
            return field.text(row);
        }

        Placeholder placeholder() {
            return field.placeholder();
        }

        boolean optional() {
            return field.optional();
        }

        boolean matches(String headerText) {
            return field.matches(headerText);
        }
    }

    private final String anchor;
    private final List<Column<R>> columns;

    /** The table's known columns, in the template's order. */
    List<Column<R>> columns() {
        return columns;
    }
    private final TemplateField declared;
    private final String templateDelimiter;

    /** The catalogue's {@code table}, written with the template's {@code templateDelimiter} row. */
    TableField(TemplateField table, String templateDelimiter) {
        this.declared = table;
        this.anchor = table.key();
        this.columns = table.columns().stream().map(c -> new Column<R>(c)).toList();
        this.templateDelimiter = templateDelimiter;
    }

    private TableLayout layout(Object target) {
        return declared.layout(target);
    }

    private ObservableList<R> rows(Object target) {
        return declared.rows(target);
    }

    String anchor() {
        return anchor;
    }

    /** The template's own header: the columns that are not optional. */
    private List<String> templateHeaders() {
        return columns.stream().filter(c -> !c.optional()).map(Column::header).toList();
    }

    /** Whether the table's header names at least one of this table's columns. */
    boolean ofThisKind(TableBlock table, MarkdownSource src) {
        return map(cells(src.line(MarkdownSource.firstLine(table)))).stream().anyMatch(c -> c != null);
    }

    /** Reads the table into the target; false when it is not this table or the target already has one. */
    boolean read(TableBlock table, Object target, MarkdownSource src, MarkdownOrigin origin) {
        int first = MarkdownSource.firstLine(table);
        int last = MarkdownSource.lastLine(table);
        List<String> header = cells(src.line(first));
        List<Column<R>> mapping = map(header);
        if (mapping.stream().allMatch(c -> c == null) || !rows(target).isEmpty()) {
            return false;
        }
        totalLines.clear();
        while (totalRows && last > first + 2 && isTotal(cells(src.line(last)))) {
            totalLines.add(0, last);
            last--;
        }
        List<List<String>> body = new ArrayList<>();
        int width = header.size();
        for (int line = first + 2; line <= last; line++) {
            List<String> cells = cells(src.line(line));
            body.add(cells);
            width = Math.max(width, cells.size());
        }
        List<String> names = new ArrayList<>(header);
        while (names.size() < width) {
            names.add("");
            mapping.add(null);
        }
        TableLayout shape = layout(target);
        String delimiter = src.line(first + 1).strip();
        // The template's columns, plus optional columns where the writer puts them, is the template's shape.
        List<String> shapeOfTemplate = withOptional(new ArrayList<>(templateHeaders()),
                columns.stream().filter(c -> c.optional() && names.contains(c.header())).toList());
        boolean asTemplate = names.equals(shapeOfTemplate) && delimiter.equals(
                shapeOfTemplate.size() == templateHeaders().size() ? templateDelimiter : delimiterFor(shapeOfTemplate));
        // A table laid out as the template's is stored as such (an empty layout), so the model does not depend on
        // whether the table came from a file.
        shape.getColumns().setAll(asTemplate ? List.of() : names);
        shape.setDelimiterRow(asTemplate ? "" : delimiter);
        List<R> read = new ArrayList<>();
        MarkdownOrigin.Rows rows = origin.rows(rows(target), MarkdownOrigin.Shape.TABLE, origin.offset(first, 0),
                origin.lineEnd(last));
        rows.table = this;
        rows.columns = mapping;
        rows.owner = target;
        List<List<int[]>> regionsOf = new ArrayList<>();
        for (int l = first; l <= last; l++) {
            regionsOf.add(cellRegions(src.line(l)));
        }
        rows.aligned = aligned(regionsOf);
        MarkdownOrigin.Place cellPlace = rows.aligned ? MarkdownOrigin.Place.ALIGNED_CELL : MarkdownOrigin.Place.CELL;
        int line = first + 2;
        for (List<String> cells : body) {
            R row = declared.<R>newRow();
            List<int[]> regions = regionsOf.get(line - first);
            List<MarkdownOrigin.Spot> extra = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                String value = c < cells.size() ? cells.get(c) : "";
                Column<R> column = mapping.get(c);
                if (column == null) {
                    row.getExtraCells().add(value);
                } else {
                    column.cell(row).set(column.optional() ? value
                            : column.placeholder().read(value, read.size()));
                }
                if (c < regions.size()) {
                    int start = origin.offset(line, regions.get(c)[0]);
                    int end = origin.offset(line, regions.get(c)[1]);
                    if (column == null) {
                        extra.add(new MarkdownOrigin.Spot(start, end, cellPlace, value));
                    } else {
                        origin.value(column.cell(row), start, end, cellPlace);
                    }
                }
            }
            if (!extra.isEmpty()) {
                origin.extraCells.put(row.getExtraCells(), extra);
            }
            rows.rows.add(new MarkdownOrigin.Row(row, origin.offset(line, 0), origin.lineEnd(line), "",
                    origin.offset(line, 0), List.of()));
            read.add(row);
            line++;
        }
        rows(target).setAll(read);
        return true;
    }

    /**
     * Each header's column: by a column's own names first, then, for the headers left, by a word that names one
     * ("Share of capex", "Controls and actions"); with {@link #firstColumnNames}, a first header of the file's own
     * ("Programme", "Poste") is the column that names the row, where no other header is.
     */
    private List<Column<R>> map(List<String> header) {
        List<Column<R>> mapping = new ArrayList<>();
        List<Column<R>> used = new ArrayList<>();
        for (String name : header) {
            Column<R> match = null;
            for (Column<R> column : columns) {
                if (!used.contains(column) && column.matches(name)) {
                    match = column;
                    used.add(column);
                    break;
                }
            }
            mapping.add(match);
        }
        for (int i = 0; i < header.size(); i++) {
            for (Column<R> column : columns) {
                if (mapping.get(i) == null && !used.contains(column) && column.field().namedBy(header.get(i))) {
                    mapping.set(i, column);
                    used.add(column);
                }
            }
        }
        if (firstColumnNames && !header.isEmpty() && mapping.get(0) == null && !header.get(0).isBlank()
                && !used.contains(columns.get(0))) {
            mapping.set(0, columns.get(0));
        }
        return mapping;
    }

    /** Whether a first column the app does not know names the rows (an allocation table's area). */
    boolean firstColumnNames;
    /** Whether rows that sum the others ("**Total**") at the table's end are no rows of its own, but kept. */
    boolean totalRows;
    /** The lines of the total rows the last read left out, for the section to keep as written. */
    final List<Integer> totalLines = new ArrayList<>();

    /** Whether a row's first cell says it sums the rows above it. */
    private static boolean isTotal(List<String> cells) {
        String first = cells.isEmpty() ? "" : Fields.normalize(cells.get(0));
        return first.equals("total") || first.startsWith("total ") || first.equals("sum") || first.equals("gesamt");
    }

    String write(Object target) {
        TableLayout shape = layout(target);
        List<String> names = new ArrayList<>(shape.getColumns());
        boolean asRead = !names.isEmpty();
        if (!asRead) {
            names.addAll(templateHeaders());
        }
        List<Column<R>> mapping = map(names);
        List<R> rowsNow = rows(target);
        for (int i = 0; i < columns.size(); i++) {
            Column<R> column = columns.get(i);
            boolean used = !column.optional()
                    || rowsNow.stream().anyMatch(r -> !column.cell(r).get().isEmpty());
            if (!mapping.contains(column) && used) {
                int at = after(column, mapping);
                names.add(at, column.header());
                mapping.add(at, column);
            }
        }
        StringBuilder out = new StringBuilder(row(names.stream().map(Escapes::cell).toList()));
        String delimiter = asRead ? shape.getDelimiterRow() : templateDelimiter;
        if (delimiter.isEmpty() || cells(delimiter).size() != names.size()) {
            delimiter = delimiterFor(names);
        }
        out.append('\n').append(delimiter);
        List<R> items = rows(target);
        for (int r = 0; r < items.size(); r++) {
            out.append('\n').append(row(cells(items.get(r), r, mapping, true).stream().map(Escapes::cell).toList()));
        }
        return out.toString();
    }

    /** A row's cells in the order of the table's columns; an empty cell as its placeholder when {@code placeholders}. */
    private List<String> cells(R item, int r, List<Column<R>> mapping, boolean placeholders) {
        List<String> cells = new ArrayList<>();
        int extra = 0;
        for (Column<R> column : mapping) {
            if (column == null) {
                cells.add(extra < item.getExtraCells().size() ? item.getExtraCells().get(extra) : "");
                extra++;
            } else {
                String value = column.cell(item).get();
                cells.add(column.optional() || !placeholders ? value : column.placeholder().write(value, r));
            }
        }
        return cells;
    }

    /**
     * The cells of {@code item} (at {@code index}) in the order the table in {@code target} has its columns, escaped
     * as cells are, with no placeholders: a row a save adds to a table a file already has.
     */
    @SuppressWarnings("unchecked")
    List<String> cellsAsRead(Object item, int index, List<?> columnsAsRead) {
        return cells((R) item, index, (List<Column<R>>) columnsAsRead, false).stream().map(Escapes::cell).toList();
    }

    /** Where a column a table lacks goes: after the last of those declared before it that the table has. */
    private int after(Column<R> column, List<Column<R>> mapping) {
        int at = 0;
        for (int j = 0; j < columns.indexOf(column); j++) {
            at = Math.max(at, mapping.indexOf(columns.get(j)) + 1);
        }
        return at;
    }

    /** The template's header with {@code optional} columns put in as the writer puts them. */
    private List<String> withOptional(List<String> headers, List<Column<R>> optional) {
        List<Column<R>> mapping = new ArrayList<>(map(headers));
        for (Column<R> column : optional) {
            int at = after(column, mapping);
            headers.add(at, column.header());
            mapping.add(at, column);
        }
        return headers;
    }

    private static String delimiterFor(List<String> names) {
        StringBuilder generated = new StringBuilder("|");
        names.forEach(n -> generated.append("-".repeat(Math.max(3, n.length() + 2))).append('|'));
        return generated.toString();
    }

    private static String row(List<String> cells) {
        StringBuilder out = new StringBuilder("|");
        for (String cell : cells) {
            out.append(cell.isEmpty() ? " " : " " + cell + " ").append('|');
        }
        return out.toString();
    }

    /**
     * Where each cell of a table row line stands, as {@link #cells} splits them: from just after the pipe before it to
     * its closing pipe (or the line's end), padding included.
     */
    /**
     * Whether the table's pipes line up from its header to its last row, as an editor that pads tables leaves them:
     * then a changed cell is padded to keep them so; otherwise it is written with a space either side, as the rest.
     */
    static boolean aligned(List<List<int[]>> regionsOf) {
        List<int[]> header = regionsOf.get(0);
        for (List<int[]> regions : regionsOf) {
            if (regions.size() != header.size()) {
                return false;
            }
            for (int c = 0; c < regions.size(); c++) {
                if (regions.get(c)[0] != header.get(c)[0] || regions.get(c)[1] != header.get(c)[1]) {
                    return false;
                }
            }
        }
        return true;
    }

    static List<int[]> cellRegions(String line) {
        List<int[]> regions = new ArrayList<>();
        int from = MarkdownSource.indent(line);
        int end = MarkdownSource.stripTrailing(line).length();
        if (from < end && line.charAt(from) == '|') {
            from++;
        }
        if (end > from && line.charAt(end - 1) == '|' && !(end >= 2 && line.charAt(end - 2) == '\\')) {
            end--;
        }
        int start = from;
        for (int i = from; i < end; i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < end && line.charAt(i + 1) == '|') {
                i++;
            } else if (c == '|') {
                regions.add(new int[] {start, i});
                start = i + 1;
            }
        }
        regions.add(new int[] {start, end});
        return regions;
    }

    /** The cells of a table row line, as GFM splits them: an unescaped '|' ends a cell, "\|" stays in it. */
    static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cell.append("\\|");
                i++;
            } else if (c == '|') {
                cells.add(Escapes.uncell(cell.toString().strip()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(Escapes.uncell(cell.toString().strip()));
        return cells;
    }
}
