package app.strategyworkbook.present;

import app.strategyworkbook.present.Drawing.Align;
import app.strategyworkbook.present.Slide.Allocation;
import app.strategyworkbook.present.Slide.Block;
import app.strategyworkbook.present.Slide.Bullets;
import app.strategyworkbook.present.Slide.Cards;
import app.strategyworkbook.present.Slide.Columns;
import app.strategyworkbook.present.Slide.Fact;
import app.strategyworkbook.present.Slide.Facts;
import app.strategyworkbook.present.Slide.Grid;
import app.strategyworkbook.present.Slide.MarketSizes;
import app.strategyworkbook.present.Slide.Metrics;
import app.strategyworkbook.present.Slide.RiskMap;
import app.strategyworkbook.present.Slide.RiskPoint;
import app.strategyworkbook.present.Slide.Statement;
import app.strategyworkbook.present.Slide.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a slide out at the design size, choosing the layout by what it holds: the title slide; a chart with its
 * legend or list beside it; a pillar with its metrics in a panel of their own; tables, cards, grids and side-by-side
 * lists across the width; and text in two balanced columns where there is more than one block. Every output draws
 * the result, so the layout is decided here once.
 */
public final class SlideLayout {
    private static final double TOP = 60;
    private static final double FOOTER = 56;
    private static final double COLUMN_GAP = 56;

    private SlideLayout() {
    }

    /** The slide drawn in its frame. */
    public static Drawing draw(Slide slide, SlideFrame frame) {
        Pen pen = new Pen(frame.theme());
        if (slide.isTitle()) {
            titleSlide(slide, frame, pen);
        } else {
            Area body = frame(slide.title(), frame, pen);
            body(slide.blocks(), body, frame.wide(), pen.typeScaled(typeScale(slide.title(), slide.blocks(),
                    frame.wide())));
        }
        footer(frame, pen);
        return new Drawing(frame.width(), SlideFrame.HEIGHT, frame.theme().background(), List.copyOf(pen.marks));
    }

    /**
     * The smallest a 4:3 slide may set its text, as a share of the 16:9 size. A section is cut into slides at 16:9;
     * at 4:3, where lines hold fewer words, a slide sets its text a little smaller rather than take another slide, so
     * both ratios show the same slides.
     */
    static final double SMALLEST_TYPE = 0.8;

    /** Whether the blocks, under this title, fit on one 16:9 slide, and on a 4:3 one with its text set smaller. */
    static boolean fits(String title, List<Block> blocks) {
        return fits(title, blocks, true, 1) && fits(title, blocks, false, SMALLEST_TYPE);
    }

    private static boolean fits(String title, List<Block> blocks, boolean wide, double type) {
        SlideFrame frame = new SlideFrame(wide, false, 1, 1, "", "");
        Pen pen = new Pen(frame.theme());
        Area body = frame(title, frame, pen);
        Pen content = new Pen(frame.theme()).typeScaled(type);
        body(blocks, body, wide, content);
        return content.bottom(body.y) <= body.bottom() + 0.5;
    }

    /** The text's size on this slide: full at 16:9, and at 4:3 the largest step that fits, down to the smallest. */
    private static double typeScale(String title, List<Block> blocks, boolean wide) {
        if (wide) {
            return 1;
        }
        for (double type = 1; type > SMALLEST_TYPE; type -= 0.05) {
            if (fits(title, blocks, false, type)) {
                return type;
            }
        }
        return SMALLEST_TYPE;
    }

    /** Where the body of a slide goes. */
    record Area(double x, double y, double width, double height) {
        double bottom() {
            return y + height;
        }

        double right() {
            return x + width;
        }
    }

    static double margin(boolean wide) {
        return wide ? 80 : 64;
    }

    /** The title and the accent rule under it; returns the area left for the body. */
    private static Area frame(String title, SlideFrame frame, Pen pen) {
        double m = margin(frame.wide());
        double width = frame.width() - 2 * m;
        double h = pen.text("title", title, m, TOP, width, Pen.TITLE, true, pen.theme.text(), Align.LEFT);
        pen.box(m, TOP + h + 14, 72, 6, 3, pen.theme.accent());
        double top = TOP + h + 14 + 6 + 36;
        return new Area(m, top, width, SlideFrame.HEIGHT - FOOTER - 24 - top);
    }

    /** The slide's number and the strategy's title at the bottom left; a status other than final at the right. */
    private static void footer(SlideFrame frame, Pen pen) {
        double m = margin(frame.wide());
        double y = SlideFrame.HEIGHT - FOOTER + (FOOTER - Pen.lineHeight(Pen.LABEL)) / 2 - 6;
        double right = frame.width() - m;
        if (!frame.mark().isEmpty()) {
            double w = Pen.width(frame.mark(), Pen.LABEL - 2, true) + 24;
            right -= w;
            pen.box(right, y - 2, w, Pen.lineHeight(Pen.LABEL) + 4, 6, pen.theme.draft());
            pen.text("status", frame.mark(), right, y + 1, w, Pen.LABEL - 2, true, Colour.of("#FFFFFF"), Align.CENTRE);
            right -= 24;
        }
        String words = frame.number() + " / " + frame.count() + "   ·   " + frame.documentTitle();
        // One line: a title too long for the footer is shortened there, never wrapped into the slide.
        String shown = words;
        if (Pen.width(words, Pen.LABEL, false) > right - m) {
            while (shown.length() > 8 && Pen.width(shown + "…", Pen.LABEL, false) > right - m) {
                shown = shown.substring(0, shown.length() - 1);
            }
            shown = shown.strip() + "…";
        }
        pen.text("footer", shown, m, y, right - m, Pen.LABEL, false, pen.theme.muted(), Align.LEFT);
    }

    /** The title slide: the title on a band of the accent colour, then mission and vision side by side. */
    private static void titleSlide(Slide slide, SlideFrame frame, Pen pen) {
        double m = margin(frame.wide());
        double width = frame.width() - 2 * m;
        double band = SlideFrame.HEIGHT * 0.5;
        pen.box(0, 0, frame.width(), band, 0, pen.theme.accent());
        List<Fact> facts = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (Block block : slide.blocks()) {
            if (block instanceof Statement s) {
                statements.add(s);
            } else if (block instanceof Facts f) {
                facts.addAll(f.facts());
            }
        }
        double titleSize = 72;
        while (titleSize > 44 && Pen.height(slide.title(), width, titleSize, true) > 3 * Pen.lineHeight(titleSize)) {
            titleSize -= 4;
        }
        List<String> by = new ArrayList<>();
        for (Fact fact : facts) {
            by.add(fact.label() + ": " + fact.value());
        }
        String line = String.join("   ·   ", by);
        double titleHeight = Pen.height(slide.title(), width, titleSize, true);
        double under = line.isEmpty() ? 0 : 18 + Pen.height(line, width, Pen.NOTE, false);
        double top = Math.max(40, band - 56 - titleHeight - under - Pen.lineHeight(Pen.LABEL) - 12);
        top += pen.label("Company strategy", m, top, width, pen.theme.onAccent()) + 12;
        top += pen.text("title", slide.title(), m, top, width, titleSize, true, pen.theme.onAccent(), Align.LEFT);
        if (!line.isEmpty()) {
            pen.text(line, m, top + 18, width, Pen.NOTE, false, pen.theme.onAccent());
        }
        if (statements.isEmpty()) {
            return;
        }
        double y = band + 48;
        double room = SlideFrame.HEIGHT - FOOTER - 24 - y;
        int n = statements.size();
        double column = (width - COLUMN_GAP * (n - 1)) / n;
        // Mission and vision are the slide's message: as large as they can be and still fit.
        double size = 34;
        while (size > 20 && tallest(statements, column, size) > room) {
            size -= 2;
        }
        for (int i = 0; i < n; i++) {
            BlockLayout.statement(statements.get(i), m + i * (column + COLUMN_GAP), y, column, pen, size);
        }
    }

    private static double tallest(List<Statement> statements, double width, double size) {
        double tallest = 0;
        for (Statement s : statements) {
            tallest = Math.max(tallest, BlockLayout.statement(s, 0, 0, width, new Pen(Theme.LIGHT), size));
        }
        return tallest;
    }

    /** Chooses the layout by what the slide holds. */
    private static void body(List<Block> blocks, Area area, boolean wide, Pen pen) {
        Block chart = blocks.stream().filter(b -> b instanceof Allocation || b instanceof RiskMap
                || b instanceof MarketSizes).findFirst().orElse(null);
        List<Block> rest = blocks.stream().filter(b -> b != chart).toList();
        if (chart instanceof Allocation a) {
            allocation(a, rest, area, pen);
        } else if (chart instanceof RiskMap r) {
            risks(r, area, pen);
        } else if (chart instanceof MarketSizes m) {
            double chartWidth = area.width() * 0.4;
            Area left = new Area(area.x(), area.y(), area.width() - chartWidth - COLUMN_GAP, area.height());
            stack(rest, left, pen);
            ChartLayout.market(m, area.right() - chartWidth, area.y(), chartWidth, area.height(), pen);
        } else if (blocks.stream().anyMatch(b -> b instanceof Metrics)) {
            pillar(blocks, area, pen);
        } else {
            flow(blocks, area, wide, pen);
        }
    }

    /** The donut on the left half, its legend and the other facts on the right. */
    private static void allocation(Allocation a, List<Block> rest, Area area, Pen pen) {
        double side = Math.min(area.height(), area.width() * 0.45);
        ChartLayout.donut(a, area.x(), area.y() + (area.height() - side) / 2, side, side, pen);
        double x = area.x() + side + COLUMN_GAP;
        double width = area.right() - x;
        Pen scratch = pen.scratch();
        double restHeight = stack(rest, new Area(x, 0, width, area.height()), scratch);
        double room = area.height() - (rest.isEmpty() ? 0 : restHeight + 36);
        boolean reasons = ChartLayout.legend(a, x, 0, width, pen.scratch(), true) <= room;
        double legend = ChartLayout.legend(a, x, area.y(), width, pen, reasons);
        stack(rest, new Area(x, area.y() + legend + 36, width, area.height() - legend - 36), pen);
    }

    /** The matrix on the left half, the most severe risks listed with their owners on the right. */
    private static void risks(RiskMap map, Area area, Pen pen) {
        double side = area.width() * 0.5;
        ChartLayout.matrix(map, area.x(), area.y(), side, area.height(), pen);
        double x = area.x() + side + COLUMN_GAP;
        double width = area.right() - x;
        List<RiskPoint> ranked = ChartLayout.ranked(map);
        double top = area.y() + pen.label("Top risks", x, area.y(), width, pen.theme.muted()) + 14;
        double room = area.bottom() - top;
        // The most severe with what is done about them: a board asks "and what are we doing?" first. As many as fit
        // with their mitigations, at most five, so long as that is three or all there are; where even three do not
        // fit so (a 4:3 slide, long mitigations), as many as fit without them.
        int most = Math.min(5, ranked.size());
        for (boolean mitigation : new boolean[] {true, false}) {
            for (int count = most; count >= (mitigation ? Math.min(3, most) : 1); count--) {
                if (listed(ranked.subList(0, count), x, 0, width, mitigation, pen.scratch()) <= room) {
                    listed(ranked.subList(0, count), x, top, width, mitigation, pen);
                    return;
                }
            }
        }
    }

    private static double listed(List<RiskPoint> risks, double x, double y, double width, boolean mitigation,
                                 Pen pen) {
        double h = 0;
        for (RiskPoint risk : risks) {
            h += ChartLayout.risk(risk, x, y + h, width, mitigation, pen) + 20;
        }
        return h - 20;
    }

    /** A pillar: what it means, why, and its initiatives on the left; its metrics in a panel on the right. */
    private static void pillar(List<Block> blocks, Area area, Pen pen) {
        Block metrics = blocks.stream().filter(b -> b instanceof Metrics).findFirst().orElseThrow();
        List<Block> rest = blocks.stream().filter(b -> b != metrics).toList();
        if (rest.isEmpty()) {
            panel("Success metrics", metrics, area, pen);
            return;
        }
        double panelWidth = area.width() * 0.42;
        stack(rest, new Area(area.x(), area.y(), area.width() - panelWidth - COLUMN_GAP, area.height()), pen);
        panel("Success metrics", metrics, new Area(area.right() - panelWidth, area.y(), panelWidth, area.height()),
                pen);
    }

    private static void panel(String label, Block block, Area area, Pen pen) {
        double pad = 28;
        double inner = area.width() - 2 * pad;
        double height = 2 * pad + Pen.lineHeight(Pen.LABEL) + 16 + BlockLayout.height(block, inner, pen.theme);
        pen.box(area.x(), area.y(), area.width(), height, 16, pen.theme.surface());
        double top = area.y() + pad + pen.label(label, area.x() + pad, area.y() + pad, inner, pen.theme.muted()) + 16;
        BlockLayout.place(block, area.x() + pad, top, inner, pen);
    }

    /** Blocks one under another; returns their height. */
    private static double stack(List<Block> blocks, Area area, Pen pen) {
        double y = area.y();
        for (int i = 0; i < blocks.size(); i++) {
            y += BlockLayout.place(blocks.get(i), area.x(), y, area.width(), pen) + (i + 1 < blocks.size() ? 32 : 0);
        }
        return y - area.y();
    }

    /**
     * Text slides: wide blocks (tables, cards, grids, side-by-side lists) across the width; runs of statements,
     * lists and facts in two columns of balanced height where there are two or more, else across the width.
     */
    private static void flow(List<Block> blocks, Area area, boolean wide, Pen pen) {
        if (blocks.size() == 1 && fill(blocks.get(0), area, pen)) {
            return;
        }
        double y = area.y();
        List<Block> run = new ArrayList<>();
        for (Block block : blocks) {
            if (isWide(block)) {
                y = run(run, area, y, pen);
                y += BlockLayout.place(block, area.x(), y, area.width(), pen) + 36;
            } else {
                run.add(block);
            }
        }
        run(run, area, y, pen);
    }

    /**
     * A slide of tiles, cards or side-by-side lists alone is given more of the slide than its words need (at most
     * half as tall again as they need, and never past the slide), so the boxes stand as a designed grid rather than a
     * strip along the top. Returns false for any other block.
     */
    private static boolean fill(Block block, Area area, Pen pen) {
        double natural = BlockLayout.place(block, 0, 0, area.width(), pen.scratch());
        double target = Math.min(area.height(), natural * 1.5);
        if (block instanceof Grid g) {
            int rows = (int) Math.ceil(g.items().size() / (double) BlockLayout.gridColumns(g.items().size(),
                    area.width()));
            BlockLayout.grid(g, area.x(), area.y(), area.width(), (target - BlockLayout.GAP * (rows - 1)) / rows,
                    pen);
            return true;
        }
        if (block instanceof Columns c) {
            BlockLayout.columns(c, area.x(), area.y(), area.width(), target, pen);
            return true;
        }
        return false;
    }

    private static boolean isWide(Block block) {
        return block instanceof Table || block instanceof Cards || block instanceof Grid || block instanceof Columns
                || block instanceof Facts;
    }

    /** Lays out and empties the run of narrow blocks from {@code y}; returns where the next block starts. */
    private static double run(List<Block> run, Area area, double y, Pen pen) {
        if (run.isEmpty()) {
            return y;
        }
        double column = (area.width() - COLUMN_GAP) / 2;
        double used;
        if (run.size() == 1 && !(run.get(0) instanceof Bullets b && b.lines().size() > 4)) {
            used = stack(run, new Area(area.x(), y, Math.min(area.width(), 1100), area.height()), pen);
        } else if (run.size() == 1) {
            used = twoColumnList((Bullets) run.get(0), area, y, column, pen);
        } else {
            int split = balance(run, column, pen.theme);
            double left = stack(run.subList(0, split), new Area(area.x(), y, column, area.height()), pen);
            double right = stack(run.subList(split, run.size()), new Area(area.x() + column + COLUMN_GAP, y, column,
                    area.height()), pen);
            used = Math.max(left, right);
        }
        run.clear();
        return y + used + 36;
    }

    /** A long list on its own runs down two columns, its heading over the first. */
    private static double twoColumnList(Bullets list, Area area, double y, double column, Pen pen) {
        int half = (list.lines().size() + 1) / 2;
        double left = BlockLayout.bullets(new Bullets(list.heading(), list.lines().subList(0, half)), area.x(), y,
                column, pen, Pen.SMALL);
        double offset = list.heading().isEmpty() ? 0 : Pen.lineHeight(Pen.LABEL) + 8;
        double right = offset + BlockLayout.bullets(new Bullets("", list.lines().subList(half, list.lines().size())),
                area.x() + column + COLUMN_GAP, y + offset, column, pen, Pen.SMALL);
        return Math.max(left, right);
    }

    /** Where to split the run into a left and a right column so the taller of the two is as short as can be. */
    private static int balance(List<Block> run, double column, Theme theme) {
        double[] heights = new double[run.size()];
        double total = 0;
        for (int i = 0; i < run.size(); i++) {
            heights[i] = BlockLayout.height(run.get(i), column, theme) + 32;
            total += heights[i];
        }
        int best = 1;
        double bestTallest = Double.MAX_VALUE;
        double left = 0;
        for (int split = 1; split < run.size(); split++) {
            left += heights[split - 1];
            double tallest = Math.max(left, total - left);
            if (tallest < bestTallest) {
                bestTallest = tallest;
                best = split;
            }
        }
        return best;
    }
}
