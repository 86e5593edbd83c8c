package app.strategyworkbook.present;

import java.util.ArrayList;
import java.util.List;

/**
 * A slide or page laid out: marks at positions of a fixed design size (1600 x 900 for 16:9, 1200 x 900 for 4:3),
 * every line of text already broken and placed. Each output draws the same marks (the screen, the PDF, the pictures
 * and the PowerPoint), so what is presented and what is exported are one layout.
 */
public record Drawing(double width, double height, Colour background, List<Mark> marks) {

    /** What a drawing is made of. */
    public sealed interface Mark permits Box, Text, Rule, Path, Table, Donut {
    }

    /** A filled rectangle with rounded corners (a circle when the radius is half its side); stroke may be null. */
    public record Box(double x, double y, double width, double height, double radius, Colour fill, Colour stroke)
            implements Mark {
    }

    /**
     * A paragraph in one font, size and colour, broken into lines placed by their baselines, inside the box
     * {@code x, y, width, height}. {@code role} names what it is ("title", "footer", "status", "body") so the screen
     * can find it and the PowerPoint can make the title a title. {@code text} is the paragraph whole, as an editor
     * would show it.
     */
    public record Text(String role, String text, double x, double y, double width, double height, double size,
                       boolean bold, Colour colour, Align align, List<Line> lines) implements Mark {
        public double bottom() {
            return y + height;
        }
    }

    /** One line of a paragraph: its words and where its baseline starts. */
    public record Line(String text, double x, double baseline) {
    }

    public enum Align { LEFT, CENTRE, RIGHT }

    /** A straight line. */
    public record Rule(double x1, double y1, double x2, double y2, double width, Colour colour) implements Mark {
    }

    /** A filled outline of straight and curved steps, closed: a donut's slice. */
    public record Path(List<Step> steps, Colour fill) implements Mark {
    }

    /** A step of a path: move to, line to, or a cubic curve to (x, y) with two control points. */
    public record Step(char kind, double x1, double y1, double x2, double y2, double x, double y) {
        static Step move(double x, double y) {
            return new Step('M', 0, 0, 0, 0, x, y);
        }

        static Step line(double x, double y) {
            return new Step('L', 0, 0, 0, 0, x, y);
        }

        static Step curve(double x1, double y1, double x2, double y2, double x, double y) {
            return new Step('C', x1, y1, x2, y2, x, y);
        }
    }

    /**
     * A table: its cells' text placed row by row (the header row first), with a shaded header and a rule under
     * every row. The PowerPoint makes it a table of its own; the other outputs draw {@link #marks()}.
     */
    public record Table(double x, double y, List<Double> columnWidths, List<Double> rowHeights, List<List<Text>> cells,
                        Colour headerFill, Colour rule) implements Mark {
        public double width() {
            return columnWidths.stream().mapToDouble(Double::doubleValue).sum();
        }

        /** The table as boxes, text and rules. */
        public List<Mark> marks() {
            List<Mark> marks = new ArrayList<>();
            marks.add(new Box(x, y, width(), rowHeights.get(0), 0, headerFill, null));
            double top = y;
            for (int r = 0; r < rowHeights.size(); r++) {
                marks.addAll(cells.get(r));
                top += rowHeights.get(r);
                if (r > 0 || rowHeights.size() == 1) {
                    marks.add(new Rule(x, top, x + width(), top, 1.5, rule));
                }
            }
            return marks;
        }
    }

    /**
     * A flat donut chart: slices by value, clockwise from twelve o'clock. The PowerPoint makes it a chart of its
     * own; the other outputs draw {@link #marks()}.
     */
    public record Donut(double cx, double cy, double outer, double inner, List<Slice> slices, Colour gap)
            implements Mark {
        public List<Mark> marks() {
            List<Mark> marks = new ArrayList<>();
            double total = slices.stream().mapToDouble(Slice::value).sum();
            double start = 0;
            for (Slice slice : slices) {
                double sweep = total <= 0 ? 0 : 360 * slice.value() / total;
                if (sweep > 0) {
                    marks.add(new Path(ring(start, sweep), slice.colour()));
                }
                start += sweep;
            }
            // A thin line between slices, in the background's colour, so neighbours of like colour stay apart.
            start = 0;
            if (slices.stream().filter(s -> s.value() > 0).count() > 1) {
                for (Slice slice : slices) {
                    double a = Math.toRadians(start);
                    marks.add(new Rule(cx + inner * Math.sin(a), cy - inner * Math.cos(a), cx + outer * Math.sin(a),
                            cy - outer * Math.cos(a), 3, gap));
                    start += total <= 0 ? 0 : 360 * slice.value() / total;
                }
            }
            return marks;
        }

        /** The slice from {@code start} degrees clockwise from twelve o'clock, {@code sweep} degrees wide. */
        private List<Step> ring(double start, double sweep) {
            List<Step> steps = new ArrayList<>();
            double end = start + Math.min(sweep, 359.99);
            steps.add(point(outer, start, 'M'));
            arc(steps, outer, start, end);
            steps.add(point(inner, end, 'L'));
            arc(steps, inner, end, start);
            return steps;
        }

        private Step point(double radius, double degrees, char kind) {
            double a = Math.toRadians(degrees);
            double x = cx + radius * Math.sin(a);
            double y = cy - radius * Math.cos(a);
            return kind == 'M' ? Step.move(x, y) : Step.line(x, y);
        }

        /** Cubic Bézier pieces of at most 45 degrees each, close to a true arc everywhere. */
        private void arc(List<Step> steps, double radius, double from, double to) {
            int pieces = (int) Math.max(1, Math.ceil(Math.abs(to - from) / 45));
            double step = (to - from) / pieces;
            for (int i = 0; i < pieces; i++) {
                double a0 = Math.toRadians(from + i * step);
                double a1 = Math.toRadians(from + (i + 1) * step);
                double k = 4.0 / 3 * Math.tan((a1 - a0) / 4) * radius;
                double x0 = cx + radius * Math.sin(a0);
                double y0 = cy - radius * Math.cos(a0);
                double x3 = cx + radius * Math.sin(a1);
                double y3 = cy - radius * Math.cos(a1);
                steps.add(Step.curve(x0 + k * Math.cos(a0), y0 + k * Math.sin(a0), x3 - k * Math.cos(a1),
                        y3 - k * Math.sin(a1), x3, y3));
            }
        }
    }

    /** A donut's slice: what it is, its value and colour. */
    public record Slice(String label, double value, Colour colour) {
    }

    /** Every text of the drawing, tables' cells included, in the order drawn. */
    public List<Text> texts() {
        List<Text> texts = new ArrayList<>();
        for (Mark mark : marks) {
            if (mark instanceof Text t) {
                texts.add(t);
            } else if (mark instanceof Table table) {
                table.cells().forEach(texts::addAll);
            }
        }
        return texts;
    }

    /** The drawing's words, paragraph by paragraph: what a reader of the PDF can search and copy. */
    public String words() {
        StringBuilder out = new StringBuilder();
        for (Text text : texts()) {
            out.append(text.text()).append('\n');
        }
        return out.toString();
    }
}
