package app.strategyworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.markdown.MarkdownStrategyFormat;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.present.Colour;
import app.strategyworkbook.present.Deck;
import app.strategyworkbook.present.Drawing;
import app.strategyworkbook.present.Slide;
import app.strategyworkbook.ui.present.SlideView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Every slide at 16:9 and at 4:3, light and dark, as drawn on screen: no text is cut short (wider than the room the
 * layout gave it, or outside the slide), runs into the footer, or overlaps other text. The text is measured by
 * JavaFX itself, so a layout that measured differently from what is drawn fails here too.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SlideLayoutTest {
    private final FxRobot robot = new FxRobot();

    private static StrategyDocument example() throws Exception {
        return new MarkdownStrategyFormat().read(Files.readString(Path.of("samples/example-strategy.md")));
    }

    /** The example made long: many initiatives, long sentences, many risks and segments. */
    private static StrategyDocument crowded() throws Exception {
        StrategyDocument doc = example();
        var pillar = doc.getPillars().getPillars().get(0);
        for (int i = 0; i < 18; i++) {
            pillar.getInitiatives().add("A further initiative with a fairly long description, number " + i);
        }
        doc.getOverview().setMission(("A mission statement that goes on for quite a while, as some do. ").repeat(4));
        doc.getHeader().setTitle("A Strategy Whose Title Is Long Enough To Need Two Lines On The Title Slide");
        for (int i = 0; i < 12; i++) {
            var risk = new app.strategyworkbook.model.Risk();
            risk.setRisk("Supplier risk " + i + " with a description that takes more than one line to say");
            risk.setLikelihood("High");
            risk.setImpact("Critical");
            risk.setOwner("Chief Operating Officer");
            doc.getRisks().getRisks().add(risk);
        }
        for (int i = 0; i < 3; i++) {
            var segment = new app.strategyworkbook.model.CustomerSegment();
            segment.setLabel("Further");
            segment.setName("Segment " + i + " of buyers with a name of some length");
            segment.setWho("Buyers who are described at some length, in more than a few words");
            segment.getPainPoints().addAll("A pain point", "Another pain point that is longer than the first");
            doc.getSegments().getSegments().add(segment);
        }
        return doc;
    }

    @Test
    void noSlideClipsOrOverlapsItsTextAt169Or43LightOrDark() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<String> problems = new ArrayList<>();
        for (StrategyDocument doc : List.of(example(), crowded(), new StrategyFiles().newDocument())) {
            List<Slide> slides = Deck.of(doc);
            for (boolean wide : new boolean[] {true, false}) {
                for (boolean dark : new boolean[] {false, true}) {
                    for (int i = 0; i < slides.size(); i++) {
                        Slide slide = slides.get(i);
                        int number = i + 1;
                        String where = (wide ? "16:9 " : "4:3 ") + (dark ? "dark " : "light ") + "slide " + number
                                + " \"" + slide.title() + "\": ";
                        robot.interact(() -> problems.addAll(check(SlideView.render(slide, doc, number,
                                slides.size(), wide, dark), where)));
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void theStrategyOnOnePageNeitherClipsNorOverlapsItsText() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<String> problems = new ArrayList<>();
        for (StrategyDocument doc : List.of(example(), crowded(), new StrategyFiles().newDocument())) {
            var page = app.strategyworkbook.present.OnePage.draw(doc);
            robot.interact(() -> problems.addAll(check(SlideView.render(page), "one page of \""
                    + Deck.documentTitle(doc) + "\": ")));
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** The check itself finds what it is for: a line wider than its room, text over text, text in the footer. */
    @Test
    void theCheckFindsTextCutShortOverlappingOrInTheFooter() throws Exception {
        FxToolkit.registerPrimaryStage();
        Colour ink = Colour.of("#000000");
        Drawing.Text fits = text("body", "Fits in its room", 100, 100, 600);
        Drawing.Text tooWide = text("body", "A line far wider than the room it was given", 100, 300, 120);
        Drawing.Text over = text("body", "Laid over another", 110, 110, 600);
        Drawing.Text low = text("body", "In the footer", 100, 850, 600);
        Drawing.Text footer = text("footer", "1 / 1", 800, 860, 600);
        Drawing drawing = new Drawing(1600, 900, ink, List.of(fits, tooWide, over, low, footer));
        List<String> problems = new ArrayList<>();
        robot.interact(() -> problems.addAll(check(SlideView.render(drawing), "")));
        assertEquals(List.of("cut short: A line far wider than the room it was given",
                "runs into the footer: In the footer",
                "overlaps: \"Fits in its room\" and \"Laid over another\""), problems);
    }

    private static Drawing.Text text(String role, String words, double x, double y, double width) {
        return new Drawing.Text(role, words, x, y, width, 30, 24, false, Colour.of("#FFFFFF"), Drawing.Align.LEFT,
                List.of(new Drawing.Line(words, x, y + 24)));
    }

    /** What is wrong with the text of a slide drawn on screen. */
    private static List<String> check(Region page, String where) {
        new Scene(new Group(page));
        page.applyCss();
        page.layout();
        List<String> problems = new ArrayList<>();
        List<Group> paragraphs = paragraphs(page);
        Node footer = page.lookup("#slide-footer");
        double footerTop = footer == null ? Double.MAX_VALUE : bounds(footer).getMinY();
        List<Bounds> placed = new ArrayList<>();
        for (Group paragraph : paragraphs) {
            Drawing.Text text = (Drawing.Text) paragraph.getProperties().get(Drawing.Text.class);
            Bounds bounds = bounds(paragraph);
            boolean cut = bounds.getMinX() < -1 || bounds.getMaxX() > page.getPrefWidth() + 1
                    || bounds.getMinY() < -1 || bounds.getMaxY() > page.getPrefHeight() + 1;
            for (Node line : paragraph.getChildren()) {
                cut |= line.getLayoutBounds().getWidth() > text.width() + 1;
            }
            if (cut) {
                problems.add(where + "cut short: " + text.text());
            }
            boolean foot = text.role().equals("footer") || text.role().equals("status");
            if (!foot && bounds.getMaxY() > footerTop + 1) {
                problems.add(where + "runs into the footer: " + text.text());
            }
            placed.add(bounds);
        }
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                Bounds a = inset(placed.get(i));
                Bounds b = inset(placed.get(j));
                if (a.intersects(b)) {
                    problems.add(where + "overlaps: \"" + SlideView.words(paragraphs.get(i)) + "\" and \""
                            + SlideView.words(paragraphs.get(j)) + "\"");
                }
            }
        }
        return problems;
    }

    /** The ink of a paragraph, less a pixel each side: lines that only touch do not overlap. */
    private static Bounds inset(Bounds b) {
        return new javafx.geometry.BoundingBox(b.getMinX() + 1, b.getMinY() + 2, Math.max(0, b.getWidth() - 2),
                Math.max(0, b.getHeight() - 4));
    }

    /** Where a paragraph is drawn on the slide (the page is drawn at its design size, unscaled). */
    private static Bounds bounds(Node node) {
        return node.getBoundsInParent();
    }

    /** Every paragraph the slide draws: a group of text lines. */
    private static List<Group> paragraphs(Parent parent) {
        List<Group> found = new ArrayList<>();
        for (Node node : parent.getChildrenUnmodifiable()) {
            if (node instanceof Group g && !g.getChildren().isEmpty() && g.getChildren().get(0) instanceof Text) {
                found.add(g);
            } else if (node instanceof Parent p) {
                found.addAll(paragraphs(p));
            }
        }
        return found;
    }
}
