package app.strategyworkbook.present.export;

import app.strategyworkbook.present.Colour;
import app.strategyworkbook.present.Drawing;
import app.strategyworkbook.present.Drawing.Box;
import app.strategyworkbook.present.Drawing.Mark;
import app.strategyworkbook.present.Drawing.Path;
import app.strategyworkbook.present.Drawing.Rule;
import app.strategyworkbook.present.Drawing.Step;
import app.strategyworkbook.present.Drawing.Text;
import app.strategyworkbook.present.SlideFonts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Drawings as pictures, drawn with Java2D: no display and no JavaFX needed, so the command line makes them on a
 * server. Text is drawn in the slides' own font, line by line where the layout put it.
 */
public final class Pictures {
    private static final class Fonts {
        static final Font REGULAR = load(false);
        static final Font BOLD = load(true);
    }

    private Pictures() {
    }

    /** The drawing as a picture {@code scale} times its design size (1.2 makes a 1600 x 900 slide 1920 x 1080). */
    public static BufferedImage draw(Drawing drawing, double scale) {
        int width = (int) Math.round(drawing.width() * scale);
        int height = (int) Math.round(drawing.height() * scale);
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            g.setColor(color(drawing.background()));
            g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, drawing.width(), drawing.height()));
            for (Mark mark : drawing.marks()) {
                draw(g, mark);
            }
        } finally {
            g.dispose();
        }
        return picture;
    }

    private static void draw(Graphics2D g, Mark mark) {
        if (mark instanceof Box b) {
            var shape = new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 2 * b.radius(),
                    2 * b.radius());
            if (b.fill() != null) {
                g.setColor(color(b.fill()));
                g.fill(shape);
            }
            if (b.stroke() != null) {
                g.setColor(color(b.stroke()));
                g.setStroke(new BasicStroke(1.5f));
                g.draw(shape);
            }
        } else if (mark instanceof Text t) {
            g.setColor(color(t.colour()));
            g.setFont((t.bold() ? Fonts.BOLD : Fonts.REGULAR).deriveFont((float) t.size()));
            for (Drawing.Line line : t.lines()) {
                g.drawString(line.text(), (float) line.x(), (float) line.baseline());
            }
        } else if (mark instanceof Rule r) {
            g.setColor(color(r.colour()));
            g.setStroke(new BasicStroke((float) r.width()));
            g.draw(new Line2D.Double(r.x1(), r.y1(), r.x2(), r.y2()));
        } else if (mark instanceof Path p) {
            Path2D.Double path = new Path2D.Double();
            for (Step s : p.steps()) {
                switch (s.kind()) {
                    case 'M' -> path.moveTo(s.x(), s.y());
                    case 'L' -> path.lineTo(s.x(), s.y());
                    default -> path.curveTo(s.x1(), s.y1(), s.x2(), s.y2(), s.x(), s.y());
                }
            }
            path.closePath();
            g.setColor(color(p.fill()));
            g.fill(path);
        } else if (mark instanceof Drawing.Table t) {
            t.marks().forEach(m -> draw(g, m));
        } else if (mark instanceof Drawing.Donut d) {
            d.marks().forEach(m -> draw(g, m));
        }
    }

    private static Color color(Colour c) {
        return new Color(c.rgb());
    }

    private static Font load(boolean bold) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(SlideFonts.file(bold)));
        } catch (FontFormatException e) {
            throw new IllegalStateException("The slides' font could not be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
