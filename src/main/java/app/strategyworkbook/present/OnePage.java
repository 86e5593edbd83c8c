package app.strategyworkbook.present;

import app.strategyworkbook.check.AllocationTotal;
import app.strategyworkbook.model.Pillar;
import app.strategyworkbook.model.PillarMetric;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.present.Drawing.Align;
import app.strategyworkbook.present.Slide.RiskPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The strategy on one page, for the board: mission and vision; each pillar with its metrics' progress and a red,
 * amber or green status (the thresholds printed at the foot of the page, see {@link MetricStatus}); the top risks with
 * their owners; the allocation as a donut; the status and the next review date. Laid out at an A4 landscape
 * proportion (1600 x 1131) and drawn by the same outputs as the slides: the window, the PDF and the picture.
 */
public final class OnePage {
    public static final double WIDTH = 1600;
    public static final double HEIGHT = 1131;
    private static final double M = 56;

    private OnePage() {
    }

    public static Drawing draw(StrategyDocument doc) {
        // Set as large as fits: a strategy of many pillars and metrics takes smaller type rather than a second page.
        for (double type = 1; type > 0.6; type -= 0.05) {
            Pen pen = new Pen(Theme.LIGHT).typeScaled(type);
            if (lay(doc, pen)) {
                return new Drawing(WIDTH, HEIGHT, Theme.LIGHT.background(), List.copyOf(pen.marks));
            }
        }
        Pen pen = new Pen(Theme.LIGHT).typeScaled(0.6);
        lay(doc, pen);
        return new Drawing(WIDTH, HEIGHT, Theme.LIGHT.background(), List.copyOf(pen.marks));
    }

    /** Lays the page out on {@code pen}; false when it runs past the foot of the page. */
    private static boolean lay(StrategyDocument doc, Pen pen) {
        Theme theme = pen.theme;
        double width = WIDTH - 2 * M;
        double band = 150;
        pen.box(0, 0, WIDTH, band, 0, theme.accent());
        pen.label("Strategy on a page", M, 30, width, theme.onAccent());
        pen.text("title", Deck.documentTitle(doc), M, 56, width * 0.62, 40, true, theme.onAccent(), Align.LEFT);
        List<String> facts = new ArrayList<>();
        String status = Deck.plainStatus(doc);
        if (!status.isEmpty()) {
            facts.add("Status: " + status);
        }
        String review = Deck.plainText(doc.getFooter().getNextReview());
        facts.add("Next review: " + (review.isEmpty() ? "not set" : review));
        String owner = Deck.plainText(doc.getFooter().getOwner());
        if (!owner.isEmpty()) {
            facts.add("Owner: " + owner);
        }
        double factsTop = 40;
        for (String fact : facts) {
            factsTop += pen.text("body", fact, M + width * 0.64, factsTop, width * 0.36, Pen.NOTE, fact.startsWith(
                    "Next review"), theme.onAccent(), Align.RIGHT) + 4;
        }
        double y = band + 28;
        double half = (width - 48) / 2;
        double mission = statement(pen, "Mission", doc.getOverview().getMission(), M, y, half);
        double vision = statement(pen, "Vision", doc.getOverview().getVision(), M + half + 48, y, half);
        y += Math.max(mission, vision) + 28;
        pen.add(new Drawing.Rule(M, y, WIDTH - M, y, 1.5, theme.rule()));
        y += 24;
        double foot = HEIGHT - M - Pen.height(MetricStatus.THRESHOLDS, width, Pen.LABEL * pen.type, false) - 12;
        double left = width * 0.6;
        double rightX = M + left + 40;
        double right = width - left - 40;
        double bottom = pillars(doc, pen, M, y, left);
        bottom = Math.max(bottom, side(doc, pen, rightX, y, right));
        pen.add(new Drawing.Rule(M, foot - 12, WIDTH - M, foot - 12, 1, theme.rule()));
        pen.text("body", MetricStatus.THRESHOLDS, M, foot, width, Pen.LABEL, false, theme.muted(), Align.LEFT);
        return bottom <= foot - 20;
    }

    private static double statement(Pen pen, String label, String markdown, double x, double y, double width) {
        String text = Deck.plainText(markdown);
        if (text.isEmpty()) {
            return 0;
        }
        double h = pen.label(label, x, y, width, pen.theme.muted()) + 4;
        return h + pen.text(text, x, y + h, width, Pen.SMALL, false, pen.theme.text());
    }

    /** The pillars, each a panel of its metrics with their status, bar and figures; returns where they end. */
    private static double pillars(StrategyDocument doc, Pen pen, double x, double y, double width) {
        double top = y + pen.label("Strategic pillars", x, y, width, pen.theme.muted()) + 10;
        List<Pillar> pillars = doc.getPillars().getPillars();
        for (int i = 0; i < pillars.size(); i++) {
            Pillar pillar = pillars.get(i);
            Pen scratch = pen.scratch();
            double height = pillar(pillar, i, scratch, x, 0, width);
            pen.box(x, top, width, height, 12, pen.theme.surface());
            pillar(pillar, i, pen, x, top, width);
            top += height + 12;
        }
        return top;
    }

    private static double pillar(Pillar pillar, int index, Pen pen, double x, double y, double width) {
        double pad = 18;
        double inner = width - 2 * pad;
        String name = "Pillar " + (index + 1) + (pillar.getName().isEmpty() ? "" : ": "
                + Deck.plainText(pillar.getName()));
        double h = pad + pen.text(name, x + pad, y + pad, inner, Pen.NOTE + 2, true, pen.theme.text()) + 6;
        for (PillarMetric metric : pillar.getMetrics()) {
            if (metric.getName().isEmpty() && metric.getTarget().isEmpty()) {
                continue;
            }
            MetricStatus status = MetricStatus.of(metric);
            double row = y + h;
            double line = Pen.lineHeight(Pen.LABEL * pen.type);
            pen.box(x + pad, row + line / 2 - 7, 14, 14, 7, status.colour());
            double nameWidth = inner * 0.42;
            double used = pen.text("body", Deck.plainText(metric.getName()), x + pad + 24, row, nameWidth - 24,
                    Pen.LABEL, false, pen.theme.text(), Align.LEFT);
            double barX = x + pad + nameWidth + 8;
            double barWidth = inner * 0.22;
            if (metric.progress().isPresent()) {
                pen.box(barX, row + line / 2 - 5, barWidth, 10, 5, pen.theme.rule());
                pen.box(barX, row + line / 2 - 5, Math.max(10, barWidth * metric.progress().getAsDouble()), 10, 5,
                        status.colour());
            }
            String figures = (metric.getCurrent().isEmpty() ? "–" : Deck.plainText(metric.getCurrent())) + " of "
                    + (metric.getTarget().isEmpty() ? "no target" : Deck.plainText(metric.getTarget()));
            double figuresX = barX + barWidth + 16;
            double statusWidth = Pen.width("Not measured", Pen.LABEL * pen.type, true) + 4;
            used = Math.max(used, pen.text("body", figures, figuresX, row, x + pad + inner - statusWidth - 12
                    - figuresX, Pen.LABEL, false, pen.theme.muted(), Align.LEFT));
            pen.text("body", status.words(), x + pad + inner - statusWidth, row, statusWidth, Pen.LABEL, true,
                    status.colour(), Align.RIGHT);
            h += used + 6;
        }
        return h + pad - 6;
    }

    /** The allocation donut with a short legend, then the top risks with their owners; returns where they end. */
    private static double side(StrategyDocument doc, Pen pen, double x, double y, double width) {
        double top = y;
        Optional<Slide.Allocation> allocation = Deck.allocation(doc.getResources().getAllocations(),
                AllocationTotal.of(doc.getResources()));
        if (allocation.isPresent()) {
            top += pen.label("Investment allocation", x, top, width, pen.theme.muted()) + 10;
            double side = Math.min(220, width * 0.42);
            ChartLayout.donut(allocation.get(), x, top, side, side, pen);
            double legend = ChartLayout.legend(allocation.get(), x + side + 24, top, width - side - 24,
                    pen.typeScaled(pen.type * 0.75), false);
            top += Math.max(side, legend) + 28;
        }
        Optional<Slide.RiskMap> risks = Deck.riskMap(doc.getRisks());
        if (risks.isPresent()) {
            top += pen.label("Top risks", x, top, width, pen.theme.muted()) + 10;
            List<RiskPoint> ranked = ChartLayout.ranked(risks.get());
            for (RiskPoint risk : ranked.subList(0, Math.min(3, ranked.size()))) {
                top += ChartLayout.risk(risk, x, top, width, false, pen) + 14;
            }
        }
        return top;
    }
}
