package app.strategyworkbook.present;

import app.strategyworkbook.present.Drawing.Align;
import app.strategyworkbook.present.Slide.Block;
import app.strategyworkbook.present.Slide.Bullets;
import app.strategyworkbook.present.Slide.Card;
import app.strategyworkbook.present.Slide.Cards;
import app.strategyworkbook.present.Slide.Columns;
import app.strategyworkbook.present.Slide.Fact;
import app.strategyworkbook.present.Slide.Facts;
import app.strategyworkbook.present.Slide.Grid;
import app.strategyworkbook.present.Slide.Metric;
import app.strategyworkbook.present.Slide.Metrics;
import app.strategyworkbook.present.Slide.Statement;
import app.strategyworkbook.present.Slide.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the text blocks of a slide: statements, lists, fact tiles, tables, metrics with progress bars, cards, a
 * grid of tiles, lists side by side. Each is placed at a point and a width and says how tall it came out.
 */
final class BlockLayout {
    static final double GAP = 14;
    private static final double PAD = 24;

    private BlockLayout() {
    }

    /** Draws {@code block} with its top left at {@code x, y} in {@code width}; returns its height. */
    static double place(Block block, double x, double y, double width, Pen pen) {
        if (block instanceof Statement s) {
            return statement(s, x, y, width, pen, Pen.BODY);
        }
        if (block instanceof Bullets b) {
            return bullets(b, x, y, width, pen, Pen.SMALL);
        }
        if (block instanceof Facts f) {
            return facts(f, x, y, width, pen);
        }
        if (block instanceof Table t) {
            return table(t, x, y, width, pen);
        }
        if (block instanceof Metrics m) {
            return metrics(m, x, y, width, pen);
        }
        if (block instanceof Cards c) {
            return cards(c, x, y, width, pen);
        }
        if (block instanceof Grid g) {
            return grid(g, x, y, width, pen);
        }
        if (block instanceof Columns c) {
            return columns(c, x, y, width, pen);
        }
        throw new IllegalArgumentException("Not a text block: " + block);
    }

    /** Whether the block is text this class lays out, rather than a chart. */
    static boolean isText(Block block) {
        return !(block instanceof Slide.Allocation || block instanceof Slide.RiskMap
                || block instanceof Slide.MarketSizes);
    }

    static double height(Block block, double width, Theme theme) {
        return place(block, 0, 0, width, new Pen(theme));
    }

    static double statement(Statement s, double x, double y, double width, Pen pen, double size) {
        double h = 0;
        if (!s.label().isEmpty()) {
            h += pen.label(s.label(), x, y, width, pen.theme.muted()) + 6;
        }
        return h + pen.text(s.text(), x, y + h, width, size, false, pen.theme.text());
    }

    static double bullets(Bullets b, double x, double y, double width, Pen pen, double size) {
        double h = 0;
        if (!b.heading().isEmpty()) {
            h += pen.label(b.heading(), x, y, width, pen.theme.muted()) + 8;
        }
        double set = size * pen.type;
        double indent = set * 0.95;
        for (int i = 0; i < b.lines().size(); i++) {
            double dot = set * 0.26;
            double middle = y + h + SlideFonts.baseline(set) - set * 0.34;
            pen.box(x + 2, middle - dot / 2, dot, dot, dot / 2, pen.theme.accent());
            h += pen.text(b.lines().get(i), x + indent, y + h, width - indent, size, false, pen.theme.text());
            h += i + 1 < b.lines().size() ? set * 0.4 : 0;
        }
        return h;
    }

    /** Label and value tiles in a row of up to three (two where narrow), wrapping to further rows. */
    static double facts(Facts f, double x, double y, double width, Pen pen) {
        int columns = (int) Math.max(1, Math.min(f.facts().size(), Math.min(3, Math.floor(width / 330))));
        return tiles(f.facts(), columns, x, y, width, 0, 12, pen, BlockLayout::fact);
    }

    /** How one tile's content is drawn at a place and width; gives its height. */
    @FunctionalInterface
    private interface TileContent {
        double draw(Fact fact, double x, double y, double width, Pen pen);
    }

    /**
     * Tiles in rows of {@code columns}, each row as tall as its tallest tile (and at least {@code least}), on boxes
     * with corners of {@code corner}; gives the height of them all.
     */
    private static double tiles(List<Fact> items, int columns, double x, double y, double width, double least,
                                double corner, Pen pen, TileContent content) {
        double tile = (width - GAP * (columns - 1)) / columns;
        double h = 0;
        for (int start = 0; start < items.size(); start += columns) {
            List<Fact> row = items.subList(start, Math.min(items.size(), start + columns));
            double rowHeight = least;
            for (Fact item : row) {
                rowHeight = Math.max(rowHeight, content.draw(item, 0, 0, tile, pen.scratch()));
            }
            for (int i = 0; i < row.size(); i++) {
                double left = x + i * (tile + GAP);
                pen.box(left, y + h, tile, rowHeight, corner, pen.theme.surface());
                content.draw(row.get(i), left, y + h, tile, pen);
            }
            h += rowHeight + GAP;
        }
        return h - GAP;
    }

    /** A tile's content: the label, then the value, bold when it is short enough to be a figure. */
    private static double fact(Fact fact, double x, double y, double width, Pen pen) {
        double inner = width - 2 * 20;
        double h = 16 + pen.label(fact.label(), x + 20, y + 16, inner, pen.theme.muted()) + 4;
        boolean figure = fact.value().length() <= 28;
        h += pen.text(fact.value(), x + 20, y + h, inner, figure ? Pen.BODY : Pen.NOTE, figure, pen.theme.text());
        return h + 16;
    }

    /** A table across the width: columns as wide as their words need, a shaded header, a rule under each row. */
    static double table(Table t, double x, double y, double width, Pen pen) {
        int n = t.headers().size();
        double[] need = new double[n];
        for (int c = 0; c < n; c++) {
            need[c] = Math.sqrt(Math.max(8, t.headers().get(c).length()));
            for (List<String> row : t.rows()) {
                need[c] = Math.max(need[c], Math.sqrt(Math.max(8, row.get(c).length())));
            }
        }
        double sum = 0;
        for (double v : need) {
            sum += v;
        }
        List<Double> widths = new ArrayList<>();
        for (double v : need) {
            widths.add(width * v / sum);
        }
        double cellPad = 12;
        List<Double> heights = new ArrayList<>();
        List<List<Drawing.Text>> cells = new ArrayList<>();
        double top = y;
        for (int r = -1; r < t.rows().size(); r++) {
            List<String> row = r < 0 ? t.headers() : t.rows().get(r);
            boolean head = r < 0;
            double size = (head ? Pen.LABEL : Pen.NOTE + 2) * pen.type;
            List<Drawing.Text> texts = new ArrayList<>();
            double left = x;
            double rowHeight = 0;
            for (int c = 0; c < n; c++) {
                String words = head ? row.get(c).toUpperCase(java.util.Locale.ROOT) : row.get(c);
                Drawing.Text text = Pen.paragraph(head ? "table-head" : "table-cell", words, left + cellPad,
                        top + 10, widths.get(c) - 2 * cellPad, size, head || c == 0,
                        head ? pen.theme.muted() : pen.theme.text(), Align.LEFT);
                if (text != null) {
                    texts.add(text);
                    rowHeight = Math.max(rowHeight, text.height());
                }
                left += widths.get(c);
            }
            rowHeight += 20;
            heights.add(rowHeight);
            cells.add(texts);
            top += rowHeight;
        }
        pen.add(new Drawing.Table(x, y, widths, heights, cells, pen.theme.surface(), pen.theme.rule()));
        return top - y;
    }

    /** Each metric: its name, a bar as long as its progress with the percentage, then the target and the value now. */
    static double metrics(Metrics m, double x, double y, double width, Pen pen) {
        double h = 0;
        for (Metric metric : m.metrics()) {
            h += pen.text(metric.name(), x, y + h, width, Pen.SMALL, true, pen.theme.text()) + 8;
            if (metric.progress().isPresent()) {
                double share = metric.progress().getAsDouble();
                String percent = Math.round(share * 100) + "%";
                double label = 76;
                double bar = width - label - 12;
                pen.box(x, y + h + 4, bar, 16, 8, pen.theme.rule());
                pen.box(x, y + h + 4, Math.max(16, bar * share), 16, 8, pen.theme.accent());
                pen.text("body", percent, x + width - label, y + h - 4, label, Pen.SMALL, true, pen.theme.accent(),
                        Align.RIGHT);
                h += 32;
            }
            String now = metric.current().isEmpty() ? "" : "  ·  Now " + metric.current();
            h += pen.text("Target " + (metric.target().isEmpty() ? "not set" : metric.target()) + now, x, y + h,
                    width, Pen.NOTE, false, pen.theme.muted());
            h += 22;
        }
        return h - 22;
    }

    /** Cards side by side, two to a row (three where wide and there are three), each as tall as the tallest. */
    static double cards(Cards c, double x, double y, double width, Pen pen) {
        return cards(c, x, y, width, 0, pen);
    }

    /** The cards, each row at least {@code least} tall. */
    static double cards(Cards c, double x, double y, double width, double least, Pen pen) {
        int columns = Math.min(c.cards().size(), width > 1300 && c.cards().size() % 3 == 0 ? 3 : 2);
        double cardWidth = (width - GAP * (columns - 1)) / columns;
        double h = 0;
        for (int start = 0; start < c.cards().size(); start += columns) {
            List<Card> row = c.cards().subList(start, Math.min(c.cards().size(), start + columns));
            double rowHeight = least;
            for (Card card : row) {
                rowHeight = Math.max(rowHeight, card(card, 0, 0, cardWidth, pen.scratch()));
            }
            for (int i = 0; i < row.size(); i++) {
                double left = x + i * (cardWidth + GAP);
                pen.box(left, y + h, cardWidth, rowHeight, 16, pen.theme.surface());
                pen.box(left, y + h, 8, rowHeight, 4, pen.theme.accent());
                card(row.get(i), left, y + h, cardWidth, pen);
            }
            h += rowHeight + GAP;
        }
        return h - GAP;
    }

    private static double card(Card card, double x, double y, double width, Pen pen) {
        double left = x + PAD + 6;
        double inner = width - 2 * PAD - 6;
        double h = PAD;
        if (!card.kicker().isEmpty()) {
            h += pen.label(card.kicker(), left, y + h, inner, pen.theme.accent()) + 4;
        }
        h += pen.text(card.title(), left, y + h, inner, Pen.BODY, true, pen.theme.text());
        if (!card.text().isEmpty()) {
            h += 6 + pen.text(card.text(), left, y + h, inner, Pen.NOTE, false, pen.theme.muted());
        }
        if (card.bullets() != null && !card.bullets().lines().isEmpty()) {
            h += 14;
            h += bullets(card.bullets(), left, y + h, inner, pen, Pen.NOTE);
        }
        for (Fact fact : card.facts()) {
            h += 14;
            h += pen.label(fact.label(), left, y + h, inner, pen.theme.muted()) + 4;
            h += pen.text(fact.value(), left, y + h, inner, Pen.NOTE, false, pen.theme.text());
        }
        return h + PAD;
    }

    /** Named tiles in a grid: three across where wide, two where narrow; each row as tall as its tallest. */
    static double grid(Grid g, double x, double y, double width, Pen pen) {
        return grid(g, x, y, width, 0, pen);
    }

    static int gridColumns(int n, double width) {
        return n <= 2 ? n : n == 4 ? 2 : width > 1300 ? 3 : 2;
    }

    /** The tiles, each row at least {@code least} tall. */
    static double grid(Grid g, double x, double y, double width, double least, Pen pen) {
        return tiles(g.items(), gridColumns(g.items().size(), width), x, y, width, least, 16, pen, BlockLayout::tile);
    }

    private static double tile(Fact item, double x, double y, double width, Pen pen) {
        double inner = width - 2 * PAD;
        pen.box(x + PAD, y + PAD, 44, 6, 3, pen.theme.accent());
        double h = PAD + 20;
        if (!item.label().isEmpty()) {
            h += pen.text(item.label(), x + PAD, y + h, inner, Pen.BODY, true, pen.theme.text()) + 6;
        }
        h += pen.text(item.value(), x + PAD, y + h, inner, Pen.SMALL, false, pen.theme.muted());
        return h + PAD;
    }

    /** Lists side by side as cards of equal height, each under its heading. */
    static double columns(Columns c, double x, double y, double width, Pen pen) {
        return columns(c, x, y, width, 0, pen);
    }

    /** The lists side by side, at least {@code least} tall. */
    static double columns(Columns c, double x, double y, double width, double least, Pen pen) {
        int n = c.columns().size();
        double column = (width - GAP * (n - 1)) / n;
        double height = least;
        // Lists side by side take the larger type where their columns have room for it.
        double size = n <= 2 || column >= 420 ? Pen.SMALL : Pen.NOTE;
        for (Bullets b : c.columns()) {
            height = Math.max(height, column(b, 0, 0, column, size, pen.scratch()));
        }
        for (int i = 0; i < n; i++) {
            double left = x + i * (column + GAP);
            pen.box(left, y, column, height, 16, pen.theme.surface());
            column(c.columns().get(i), left, y, column, size, pen);
        }
        return height;
    }

    private static double column(Bullets b, double x, double y, double width, double size, Pen pen) {
        double inner = width - 2 * PAD;
        double h = PAD + pen.text(b.heading(), x + PAD, y + PAD, inner, Pen.BODY, true, pen.theme.accent());
        pen.box(x + PAD, y + h + 10, 44, 4, 2, pen.theme.accent());
        h += 26;
        return h + bullets(new Bullets("", b.lines()), x + PAD, y + h, inner, pen, size) + PAD;
    }
}
