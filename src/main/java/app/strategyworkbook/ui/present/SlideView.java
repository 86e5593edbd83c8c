package app.strategyworkbook.ui.present;

import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.present.Colour;
import app.strategyworkbook.present.Deck;
import app.strategyworkbook.present.Drawing;
import app.strategyworkbook.present.Slide;
import app.strategyworkbook.present.SlideFonts;
import app.strategyworkbook.present.SlideLayout;
import java.io.ByteArrayInputStream;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;

/**
 * A slide on screen: the layout every export draws ({@link SlideLayout}), drawn with JavaFX shapes and text at the
 * design size (1600 x 900 for 16:9, 1200 x 900 for 4:3) and scaled as a whole to the screen, so what is presented is
 * what is exported. Each paragraph is a group of its lines, its whole text as the group's accessible text; the
 * title, the footer and the status mark have ids ({@code slide-title}, {@code slide-footer}, {@code slide-status}).
 */
public final class SlideView {
    private static final class Fonts {
        static {
            Font.loadFont(new ByteArrayInputStream(SlideFonts.file(false)), 12);
            Font.loadFont(new ByteArrayInputStream(SlideFonts.file(true)), 12);
        }

        static Font of(double size, boolean bold) {
            return Font.font(SlideFonts.FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
        }
    }

    private SlideView() {
    }

    /** The {@code number}th of {@code count} slides of {@code doc}, laid out and drawn. */
    public static Region render(Slide slide, StrategyDocument doc, int number, int count, boolean wide,
                                boolean dark) {
        return render(SlideLayout.draw(slide, Deck.frame(doc, number, count, wide, dark)));
    }

    /** A drawing (a slide, the one-page summary) as nodes at its design size. */
    public static Region render(Drawing drawing) {
        Pane page = new Pane();
        page.setPrefSize(drawing.width(), drawing.height());
        page.setMinSize(drawing.width(), drawing.height());
        page.setMaxSize(drawing.width(), drawing.height());
        page.setStyle("-fx-background-color: " + drawing.background().hex() + ";");
        page.getStyleClass().add("slide");
        for (Drawing.Mark mark : drawing.marks()) {
            add(page, mark);
        }
        return page;
    }

    /** The slide scaled to fill {@code width} x {@code height}, centred, keeping its proportions. */
    public static StackPane fitted(Region slide, double width, double height) {
        double scale = Math.min(width / slide.getPrefWidth(), height / slide.getPrefHeight());
        slide.getTransforms().setAll(new Scale(scale, scale, 0, 0));
        StackPane pane = new StackPane(new Group(slide));
        pane.setAlignment(Pos.CENTER);
        pane.getStyleClass().add("slide-stage");
        pane.setStyle("-fx-background-color: black;");
        return pane;
    }

    private static void add(Pane page, Drawing.Mark mark) {
        if (mark instanceof Drawing.Box b) {
            Rectangle box = new Rectangle(b.x(), b.y(), b.width(), b.height());
            box.setArcWidth(2 * b.radius());
            box.setArcHeight(2 * b.radius());
            box.setFill(b.fill() == null ? Color.TRANSPARENT : color(b.fill()));
            if (b.stroke() != null) {
                box.setStroke(color(b.stroke()));
            }
            page.getChildren().add(box);
        } else if (mark instanceof Drawing.Text t) {
            page.getChildren().add(paragraph(t));
        } else if (mark instanceof Drawing.Rule r) {
            Line line = new Line(r.x1(), r.y1(), r.x2(), r.y2());
            line.setStroke(color(r.colour()));
            line.setStrokeWidth(r.width());
            page.getChildren().add(line);
        } else if (mark instanceof Drawing.Path p) {
            Path path = new Path();
            for (Drawing.Step s : p.steps()) {
                path.getElements().add(switch (s.kind()) {
                    case 'M' -> new MoveTo(s.x(), s.y());
                    case 'L' -> new LineTo(s.x(), s.y());
                    default -> new CubicCurveTo(s.x1(), s.y1(), s.x2(), s.y2(), s.x(), s.y());
                });
            }
            path.getElements().add(new ClosePath());
            path.setFill(color(p.fill()));
            path.setStroke(null);
            page.getChildren().add(path);
        } else if (mark instanceof Drawing.Table t) {
            t.marks().forEach(m -> add(page, m));
        } else if (mark instanceof Drawing.Donut d) {
            d.marks().forEach(m -> add(page, m));
        }
    }

    /** A paragraph: each line where the layout put it, in the slides' font. */
    private static Node paragraph(Drawing.Text t) {
        Group group = new Group();
        Font font = Fonts.of(t.size(), t.bold());
        for (Drawing.Line line : t.lines()) {
            Text text = new Text(line.x(), line.baseline(), line.text());
            text.setFont(font);
            text.setTextOrigin(VPos.BASELINE);
            text.setFill(color(t.colour()));
            group.getChildren().add(text);
        }
        group.setAccessibleText(t.text());
        group.getProperties().put(Drawing.Text.class, t);
        if (!t.role().equals("body")) {
            group.setId("slide-" + t.role());
        }
        return group;
    }

    /** The words of a paragraph drawn by {@link #render}: for tests and for screen readers. */
    public static String words(Node paragraph) {
        return paragraph.getAccessibleText();
    }

    private static Color color(Colour c) {
        return Color.rgb(c.red(), c.green(), c.blue());
    }
}
