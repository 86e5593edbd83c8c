package app.strategyworkbook.present;

import app.strategyworkbook.present.Drawing.Align;
import app.strategyworkbook.present.Slide.Allocation;
import app.strategyworkbook.present.Slide.MarketSizes;
import app.strategyworkbook.present.Slide.RiskMap;
import app.strategyworkbook.present.Slide.RiskPoint;
import app.strategyworkbook.present.Slide.Share;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The slides' charts, each filling the part of the slide it is given: the allocation as a flat donut with the total
 * in its centre, the risk matrix with its scales' words on the axes, TAM / SAM / SOM as circles whose areas are to
 * scale. Their legends and lists are laid out by the slide beside them.
 */
final class ChartLayout {
    private ChartLayout() {
    }

    /** The donut, as large as fits in the box, centred; the total and "allocated" in its middle. */
    static void donut(Allocation a, double x, double y, double width, double height, Pen pen) {
        double outer = Math.min(width, height) / 2;
        double inner = outer * 0.62;
        double cx = x + width / 2;
        double cy = y + height / 2;
        List<Drawing.Slice> slices = new ArrayList<>();
        for (int i = 0; i < a.shares().size(); i++) {
            Share share = a.shares().get(i);
            slices.add(new Drawing.Slice(share.area(), share.percent(), Theme.area(i)));
        }
        if (a.unallocated() > 0) {
            slices.add(new Drawing.Slice("Unallocated", a.unallocated(), Theme.UNALLOCATED));
        }
        pen.add(new Drawing.Donut(cx, cy, outer, inner, slices, pen.theme.background()));
        double figure = Math.min(64, inner * 0.5);
        double total = Pen.lineHeight(figure) + Pen.lineHeight(Pen.NOTE);
        pen.text("donut-total", a.total(), cx - inner, cy - total / 2, 2 * inner, figure, true, pen.theme.text(),
                Align.CENTRE);
        pen.text("body", "allocated", cx - inner, cy - total / 2 + Pen.lineHeight(figure), 2 * inner, Pen.NOTE, false,
                pen.theme.muted(), Align.CENTRE);
    }

    /** The donut's legend: a swatch, the area and its share, the reason below in smaller type; returns its height. */
    static double legend(Allocation a, double x, double y, double width, Pen pen, boolean reasons) {
        double h = 0;
        int n = a.shares().size() + (a.unallocated() > 0 ? 1 : 0);
        for (int i = 0; i < n; i++) {
            boolean left = i == a.shares().size();
            String area = left ? "Unallocated" : a.shares().get(i).area();
            double percent = left ? a.unallocated() : a.shares().get(i).percent();
            String rationale = left ? "" : a.shares().get(i).rationale();
            pen.box(x, y + h + 6, 20, 20, 5, left ? Theme.UNALLOCATED : Theme.area(i));
            String share = number(percent) + "%";
            double shareWidth = Pen.width(share, Pen.SMALL, true) + 4;
            pen.text("body", share, x + width - shareWidth, y + h, shareWidth, Pen.SMALL, true, pen.theme.text(),
                    Align.RIGHT);
            h += pen.text(area, x + 34, y + h, width - 34 - shareWidth - 12, Pen.SMALL, true, pen.theme.text());
            if (reasons && !rationale.isEmpty()) {
                h += 2 + pen.text(rationale, x + 34, y + h, width - 34, Pen.NOTE - 2, false, pen.theme.muted());
            }
            h += 14;
        }
        return h - 14;
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * The likelihood x impact matrix filling the box: likelihood's words up the left, impact's along the bottom, each
     * cell shaded and named by severity, with the numbers of the risks in it.
     */
    static void matrix(RiskMap map, double x, double y, double width, double height, Pen pen) {
        List<String> rows = map.likelihoods();
        List<String> columns = map.impacts();
        double widest = Pen.width("Medium", Pen.NOTE, true);
        for (String level : rows) {
            widest = Math.max(widest, Pen.width(level, Pen.NOTE, true));
        }
        // Long words ("Almost certain") wrap in the axis rather than squeeze the cells.
        double axis = Math.min(Math.max(widest, Pen.width("LIKELIHOOD", Pen.LABEL, true)) + 16, width / 4);
        double top = Pen.lineHeight(Pen.LABEL) + 8;
        double gap = 6;
        double cellWidth = (width - axis - gap * (columns.size() - 1)) / columns.size();
        // Impact's words wrap in narrow columns ("Moderate" of five on a 4:3 slide): "IMPACT" goes under the tallest.
        double impactWords = Pen.lineHeight(Pen.NOTE);
        for (String level : columns) {
            impactWords = Math.max(impactWords, Pen.height(level, cellWidth, Pen.NOTE * pen.type, true));
        }
        double bottom = Math.max(2 * Pen.lineHeight(Pen.NOTE) + 12,
                8 + impactWords + 4 + Pen.lineHeight(Pen.LABEL * pen.type));
        double cellHeight = (height - top - bottom - gap * (rows.size() - 1)) / rows.size();
        pen.text("body", "LIKELIHOOD", x, y, axis, Pen.LABEL, true, pen.theme.muted(), Align.LEFT);
        for (int r = 0; r < rows.size(); r++) {
            int likelihood = rows.size() - 1 - r;
            double cy = y + top + r * (cellHeight + gap);
            pen.text("body", rows.get(likelihood), x, cy + cellHeight / 2 - Pen.lineHeight(Pen.NOTE) / 2, axis - 12,
                    Pen.NOTE, true, pen.theme.text(), Align.RIGHT);
            for (int c = 0; c < columns.size(); c++) {
                int impact = c;
                double cx = x + axis + c * (cellWidth + gap);
                int score = (int) Math.round(app.strategyworkbook.model.RiskScale.severity(likelihood,
                        app.strategyworkbook.model.RiskScale.of(rows), impact,
                        app.strategyworkbook.model.RiskScale.of(columns)));
                pen.box(cx, cy, cellWidth, cellHeight, 8, Theme.severity(score));
                pen.text("body", Theme.SEVERITY_WORDS.get(score), cx + 10, cy + 6, cellWidth - 20, 16, true,
                        Theme.onSeverity(score), Align.LEFT);
                List<RiskPoint> here = map.risks().stream()
                        .filter(p -> p.likelihood() == likelihood && p.impact() == impact).toList();
                chips(here, cx + 10, cy + 30, cellWidth - 20, cellHeight - 36, pen);
            }
        }
        double base = y + top + rows.size() * (cellHeight + gap) - gap + 8;
        for (int c = 0; c < columns.size(); c++) {
            pen.text("body", columns.get(c), x + axis + c * (cellWidth + gap), base, cellWidth, Pen.NOTE, true,
                    pen.theme.text(), Align.CENTRE);
        }
        pen.text("body", "IMPACT", x + axis, base + impactWords + 4, width - axis, Pen.LABEL, true,
                pen.theme.muted(), Align.CENTRE);
    }

    /** The risks' numbers as round chips flowing in the cell; those that do not fit are counted as "+3". */
    private static void chips(List<RiskPoint> risks, double x, double y, double width, double height, Pen pen) {
        double size = 36;
        double gap = 6;
        int across = (int) Math.max(1, Math.floor((width + gap) / (size + gap)));
        int down = (int) Math.max(0, Math.floor((height + gap) / (size + gap)));
        int room = across * down;
        for (int i = 0; i < risks.size() && i < room; i++) {
            boolean more = i == room - 1 && risks.size() > room;
            double left = x + (i % across) * (size + gap);
            double top = y + (i / across) * (size + gap);
            String words = more ? "+" + (risks.size() - room + 1) : String.valueOf(risks.get(i).number());
            // White chips with dark numbers read on every shade of the matrix, in light and dark slides alike.
            pen.box(left, top, size, size, size / 2, Colour.of("#FFFFFF"));
            double font = words.length() > 2 ? 14 : 18;
            pen.text("body", words, left, top + (size - Pen.lineHeight(font)) / 2, size, font, true,
                    Colour.of("#1F2328"), Align.CENTRE);
        }
    }

    /** The most severe risks first, then in the table's order; unscored ones last. */
    static List<RiskPoint> ranked(RiskMap map) {
        // By likelihood x impact, each as a share of its scale, as a register scores them (4 x 4 before 3 x 5);
        // then by the cell's severity, then in the table's order.
        int rows = map.likelihoods().size();
        int columns = map.impacts().size();
        return map.risks().stream().sorted(Comparator.comparing((RiskPoint p) -> p.scored()
                        ? -(p.likelihood() + 1.0) / rows * (p.impact() + 1.0) / columns : 99)
                .thenComparing(p -> -p.severity()).thenComparing(RiskPoint::number)).toList();
    }

    /** A listed risk: its number in a chip shaded by severity, the risk, and its owner and mitigation below. */
    static double risk(RiskPoint risk, double x, double y, double width, boolean mitigation, Pen pen) {
        double chip = 36;
        Colour shade = risk.scored() ? Theme.severity(risk.score()) : Theme.UNALLOCATED;
        pen.box(x, y, chip, chip, chip / 2, shade);
        pen.text("body", String.valueOf(risk.number()), x, y + (chip - Pen.lineHeight(18)) / 2, chip, 18, true,
                risk.scored() ? Theme.onSeverity(risk.score()) : Colour.of("#1F2328"), Align.CENTRE);
        double left = x + chip + 16;
        double inner = width - chip - 16;
        double h = pen.text(risk.risk(), left, y + 2, inner, Pen.NOTE + 2, true, pen.theme.text()) + 2;
        List<String> more = new ArrayList<>();
        if (risk.scored()) {
            more.add(Theme.SEVERITY_WORDS.get(risk.score()) + " (" + risk.likelihoodWord() + " likelihood, "
                    + risk.impactWord() + " impact)");
        }
        if (!risk.owner().isEmpty()) {
            more.add("Owner: " + risk.owner());
        }
        if (!more.isEmpty()) {
            h += pen.text(String.join("  ·  ", more), left, y + 2 + h, inner, Pen.NOTE - 2, false, pen.theme.muted());
        }
        if (mitigation && !risk.mitigation().isEmpty()) {
            h += pen.text("Mitigation: " + risk.mitigation(), left, y + 2 + h, inner, Pen.NOTE - 2, false,
                    pen.theme.muted());
        }
        return Math.max(chip, h + 2);
    }

    /**
     * TAM, SAM and SOM as circles resting on one base line, each circle's area to scale with its amount, and beside
     * them what each is, as written.
     */
    static double market(MarketSizes m, double x, double y, double width, double height, Pen pen) {
        List<Colour> colours = List.of(Colour.of("#0072B2"), Colour.of("#56B4E9"), Colour.of("#009E73"));
        double largest = m.amounts().get(0);
        double legend = 0;
        for (int i = 0; i < m.sizes().size(); i++) {
            legend += legendRow(m, i, x, 0, width, colours.get(i), pen.scratch()) + 12;
        }
        double radius = Math.max(40, Math.min(width / 2, (height - legend - 16) / 2));
        double cx = x + width / 2;
        double base = y + 2 * radius;
        for (int i = 0; i < m.sizes().size(); i++) {
            double r = largest <= 0 ? 0 : Math.max(8, radius * Math.sqrt(Math.min(1, m.amounts().get(i) / largest)));
            pen.box(cx - r, base - 2 * r, 2 * r, 2 * r, r, colours.get(i));
        }
        double h = 2 * radius + 24;
        for (int i = 0; i < m.sizes().size(); i++) {
            h += legendRow(m, i, x, y + h, width, colours.get(i), pen) + 12;
        }
        return h - 12;
    }

    private static double legendRow(MarketSizes m, int i, double x, double y, double width, Colour colour, Pen pen) {
        pen.box(x, y + 6, 20, 20, 10, colour);
        return pen.text(m.sizes().get(i).label() + "  " + m.sizes().get(i).value(), x + 34, y, width - 34, Pen.NOTE,
                false, pen.theme.text());
    }
}
