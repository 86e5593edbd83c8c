package app.strategyworkbook.format.markdown;

import app.strategyworkbook.model.StrategicContext;
import app.strategyworkbook.template.Placeholder;
import app.strategyworkbook.template.Template;
import app.strategyworkbook.template.TemplateField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableBlock;

/**
 * TAM, SAM and SOM given as a table, a row each, as strategy decks and many files give them:
 * <pre>
 * |     | Definition                        | Size    |
 * |-----|-----------------------------------|---------|
 * | TAM | Port planning software, worldwide | $4.1B   |
 * </pre>
 * The size is the cell under a header that names one ("Size", "Value", "Estimate"), else the row's last cell. The
 * file's table is the market size's shape: a save splices an edited size into its cell, and a document written whole
 * writes the table back with the sizes in their cells, its other words as they were. Without that the sizes would be
 * written twice, in the table kept as text and in the template's list.
 */
final class MarketSizeTable {
    /** The table as the file wrote it, its size cells left empty: the sizes are the fields'. */
    static final String TABLE = "table:marketSize";
    /** Where each size stands in {@link #TABLE}: "tam 2 2" (the size, the table's line, the cell), one per line. */
    static final String CELLS = "cells:marketSize";
    /** The sentence right above the table ("Market sizing (our estimate, Jan 2026):"), as written. */
    static final String LEAD = "lead:marketSize";

    static final List<TemplateField> SIZES = List.of(Template.TAM, Template.SAM, Template.SOM);
    private static final List<String> KEYS = SIZES.stream().map(TemplateField::key).toList();
    private static final Placeholder MONEY = Template.TAM.placeholder();
    private static final List<String> SIZE_HEADERS = List.of("size", "value", "amount", "estimate", "market size",
            "revenue", "opportunity", "usd", "eur", "$", "€", "£");

    /** One size the table gives: which (0 TAM, 1 SAM, 2 SOM), on which line of the table, in which cell. */
    record Cell(int which, int line, int cell) {
    }

    private MarketSizeTable() {
    }

    /** The sizes {@code lines} (a table's lines, header first) give by row, the first row of each; none if not one. */
    static List<Cell> sizes(List<String> lines) {
        List<Cell> found = new ArrayList<>();
        if (lines.size() < 3) {
            return found;
        }
        List<String> header = TableField.cells(lines.get(0));
        int column = -1;
        for (int c = 1; c < header.size() && column < 0; c++) {
            String name = header.get(c).strip().toLowerCase(Locale.ROOT);
            for (String word : SIZE_HEADERS) {
                if (name.equals(word) || name.startsWith(word + " ") || name.endsWith(" " + word)
                        || name.contains("(" + word + ")")) {
                    column = c;
                    break;
                }
            }
        }
        boolean[] seen = new boolean[KEYS.size()];
        for (int line = 2; line < lines.size(); line++) {
            List<String> cells = TableField.cells(lines.get(line));
            if (cells.size() < 2) {
                continue;
            }
            int which = named(cells.get(0));
            int at = column >= 0 ? column : cells.size() - 1;
            if (which < 0 || seen[which] || at >= cells.size()) {
                continue; // a row too short to hold its size is the file's own, kept in the table as written
            }
            seen[which] = true;
            found.add(new Cell(which, line, at));
        }
        return found;
    }

    /** Which size a row's first cell names ("TAM", "**SAM**", "SOM (Serviceable Obtainable Market)"), or -1. */
    static int named(String cell) {
        String name = cell.replace("**", "").replace("__", "").strip();
        for (int which = 0; which < KEYS.size(); which++) {
            if (ContextFormat.namesSize(name, which)) {
                return which;
            }
        }
        return -1;
    }

    /** Reads the sizes of a table {@link #sizes} found them in, and remembers its shape for a whole write. */
    static void read(TableBlock table, List<Cell> cells, StrategicContext c, ReadContext ctx) {
        int first = MarkdownSource.firstLine(table);
        int last = MarkdownSource.lastLine(table);
        List<String> lines = new ArrayList<>();
        List<List<int[]>> regionsOf = new ArrayList<>();
        for (int line = first; line <= last; line++) {
            lines.add(ctx.src.line(line));
            regionsOf.add(TableField.cellRegions(ctx.src.line(line)));
        }
        var place = TableField.aligned(regionsOf) ? MarkdownOrigin.Place.ALIGNED_CELL : MarkdownOrigin.Place.CELL;
        StringBuilder where = new StringBuilder();
        for (Cell cell : cells) {
            int[] region = regionsOf.get(cell.line()).get(cell.cell());
            var size = SIZES.get(cell.which()).text(c);
            size.set(MONEY.read(TableField.cells(lines.get(cell.line())).get(cell.cell()), 0));
            ctx.origin.value(size, ctx.origin.offset(first + cell.line(), region[0]),
                    ctx.origin.offset(first + cell.line(), region[1]), place);
            lines.set(cell.line(), withCell(lines.get(cell.line()), cell.cell(), ""));
            ctx.placesMet.add("context:" + KEYS.get(cell.which()));
            where.append(where.isEmpty() ? "" : "\n").append(KEYS.get(cell.which())).append(' ')
                    .append(cell.line()).append(' ').append(cell.cell());
        }
        c.spell(TABLE, String.join("\n", lines), "");
        c.spell(CELLS, where.toString(), "");
    }

    /** The table to write for {@code c}, its sizes in their cells; null when the sizes are not a table's. */
    static String write(StrategicContext c) {
        String table = c.getSpellings().get(TABLE);
        String where = c.getSpellings().get(CELLS);
        if (table == null || where == null || table.isBlank()) {
            return null;
        }
        List<String> lines = new ArrayList<>(List.of(table.split("\n", -1)));
        for (String spot : where.split("\n")) {
            String[] parts = spot.split(" ");
            int which = parts.length == 3 ? KEYS.indexOf(parts[0]) : -1;
            int line;
            int cell;
            try {
                line = which < 0 ? -1 : Integer.parseInt(parts[1]);
                cell = which < 0 ? -1 : Integer.parseInt(parts[2]);
            } catch (NumberFormatException e) {
                return null;
            }
            String filled = line < 2 || line >= lines.size() || cell < 0 ? null
                    : withCell(lines.get(line), cell, Escapes.cell(SIZES.get(which).text(c).get()));
            if (filled == null) {
                return null; // not the shape a read leaves: the template's list says the sizes instead
            }
            lines.set(line, filled);
        }
        // Only a table that still reads as this one is written as one; a shape edited out of the JSON is not.
        return sizes(lines).size() == where.split("\n").length ? String.join("\n", lines) : null;
    }

    /** The row {@code line} with cell {@code index} holding {@code text}; null when the row has no such cell. */
    private static String withCell(String line, int index, String text) {
        List<int[]> regions = TableField.cellRegions(line);
        if (index >= regions.size()) {
            return null;
        }
        int[] region = regions.get(index);
        String spaced = text.isEmpty() ? (region[1] > region[0] ? " " : "") : " " + text + " ";
        return line.substring(0, region[0]) + spaced + line.substring(region[1]);
    }
}
