package app.strategyworkbook.present;

import app.strategyworkbook.present.Drawing.Align;
import app.strategyworkbook.present.Drawing.Box;
import app.strategyworkbook.present.Drawing.Line;
import app.strategyworkbook.present.Drawing.Mark;
import app.strategyworkbook.present.Drawing.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts text and shapes on a drawing at the design size, measuring as it goes: each method places what it is given at
 * a point and says how tall it came out, so a layout measures a part by drawing it on a pen it then throws away.
 */
final class Pen {
    /** Type sizes at the 900-pixel design height: large enough to read from the back of a room. */
    static final double TITLE = 52;
    static final double BODY = 28;
    static final double SMALL = 24;
    static final double NOTE = 20;
    static final double LABEL = 18;

    final Theme theme;
    final List<Mark> marks;
    /** How much smaller than the sizes above the text is set: 1, or less where a 4:3 slide needs it. */
    final double type;

    Pen(Theme theme) {
        this(theme, new ArrayList<>(), 1);
    }

    private Pen(Theme theme, List<Mark> marks, double type) {
        this.theme = theme;
        this.marks = marks;
        this.type = type;
    }

    /** A pen for measuring: what it draws is thrown away. */
    Pen scratch() {
        return new Pen(theme, new ArrayList<>(), type);
    }

    /** A pen drawing on the same marks with its text {@code type} times the size asked for. */
    Pen typeScaled(double type) {
        return new Pen(theme, marks, type);
    }

    void add(Mark mark) {
        marks.add(mark);
    }

    void box(double x, double y, double width, double height, double radius, Colour fill) {
        marks.add(new Box(x, y, width, height, radius, fill, null));
    }

    /** A paragraph wrapped to {@code width}, its top at {@code y}; returns its height (0 for no text). */
    double text(String role, String words, double x, double y, double width, double size, boolean bold, Colour colour,
                Align align) {
        Text text = paragraph(role, words, x, y, width, size * type, bold, colour, align);
        if (text == null) {
            return 0;
        }
        marks.add(text);
        return text.height();
    }

    double text(String words, double x, double y, double width, double size, boolean bold, Colour colour) {
        return text("body", words, x, y, width, size, bold, colour, Align.LEFT);
    }

    /** A small capitalised label over what it names. */
    double label(String words, double x, double y, double width, Colour colour) {
        return text(words.toUpperCase(Locale.ROOT), x, y, width, LABEL, true, colour);
    }

    static double lineHeight(double size) {
        return size * SlideFonts.LINE_HEIGHT;
    }

    /** The paragraph as a mark, or null when there is nothing to show. */
    static Text paragraph(String role, String words, double x, double y, double width, double size, boolean bold,
                          Colour colour, Align align) {
        List<String> wrapped = SlideFonts.wrap(words, size, bold, width);
        if (wrapped.isEmpty()) {
            return null;
        }
        List<Line> lines = new ArrayList<>();
        double top = y;
        for (String line : wrapped) {
            double w = SlideFonts.width(line, size, bold);
            double left = switch (align) {
                case LEFT -> x;
                case CENTRE -> x + (width - w) / 2;
                case RIGHT -> x + width - w;
            };
            lines.add(new Line(line, left, top + SlideFonts.baseline(size)));
            top += lineHeight(size);
        }
        return new Text(role, SlideFonts.printable(words), x, y, width, top - y, size, bold, colour, align, lines);
    }

    /** How tall {@code words} come out at {@code width}. */
    static double height(String words, double width, double size, boolean bold) {
        return SlideFonts.wrap(words, size, bold, width).size() * lineHeight(size);
    }

    /** How wide {@code words} are on one line. */
    static double width(String words, double size, boolean bold) {
        return SlideFonts.width(SlideFonts.printable(words), size, bold);
    }

    /** The bottom of the lowest mark drawn so far, or {@code otherwise} when nothing is. */
    double bottom(double otherwise) {
        double bottom = otherwise;
        for (Mark mark : marks) {
            if (mark instanceof Text t) {
                bottom = Math.max(bottom, t.bottom());
            } else if (mark instanceof Box b) {
                bottom = Math.max(bottom, b.y() + b.height());
            } else if (mark instanceof Drawing.Table t) {
                bottom = Math.max(bottom, t.y() + t.rowHeights().stream().mapToDouble(Double::doubleValue).sum());
            } else if (mark instanceof Drawing.Donut d) {
                bottom = Math.max(bottom, d.cy() + d.outer());
            }
        }
        return bottom;
    }
}
