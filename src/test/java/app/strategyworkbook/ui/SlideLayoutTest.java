package app.strategyworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.markdown.MarkdownStrategyFormat;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.present.Deck;
import app.strategyworkbook.present.Slide;
import app.strategyworkbook.ui.present.SlideView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Every slide at 16:9 and at 4:3: no text is cut short or runs into the footer. A label shown smaller than its text
 * needs is clipped text; content below the footer's top is overlapping text.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
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
        for (int i = 0; i < 12; i++) {
            var risk = new app.strategyworkbook.model.Risk();
            risk.setRisk("Supplier risk " + i);
            risk.setLikelihood("High");
            risk.setImpact("Critical");
            doc.getRisks().getRisks().add(risk);
        }
        return doc;
    }

    @Test
    void noSlideClipsOrOverlapsItsTextAt169Or43() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<String> problems = new ArrayList<>();
        for (StrategyDocument doc : List.of(example(), crowded(), new StrategyFiles().newDocument())) {
            List<Slide> slides = Deck.of(doc);
            for (boolean wide : new boolean[] {true, false}) {
                for (int i = 0; i < slides.size(); i++) {
                    Slide slide = slides.get(i);
                    int number = i + 1;
                    robot.interact(() -> check(slide, doc, number, slides.size(), wide, problems));
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    private static void check(Slide slide, StrategyDocument doc, int number, int count, boolean wide,
                              List<String> problems) {
        Region page = SlideView.render(slide, doc, number, count, wide, false, false);
        new Scene(new Group(page));
        page.applyCss();
        page.layout();
        String where = (wide ? "16:9 " : "4:3 ") + "slide " + number + " \"" + slide.title() + "\": ";
        Node footer = page.lookup("#slide-footer");
        double footerTop = footer.localToScene(footer.getLayoutBounds()).getMinY();
        for (Label label : labels(page)) {
            if (label.getText() == null || label.getText().isEmpty() || label == footer || !shown(label)) {
                continue;
            }
            double width = label.getWidth();
            boolean cut = label.isWrapText() ? label.getHeight() + 1 < label.prefHeight(width)
                    : width + 1 < label.prefWidth(-1);
            if (cut) {
                problems.add(where + "cut short: " + label.getText());
            }
            double bottom = label.localToScene(label.getLayoutBounds()).getMaxY();
            if (label.getId() == null && bottom > footerTop + 1) {
                problems.add(where + "runs into the footer: " + label.getText());
            }
        }
    }

    /** Whether the label is drawn: it and all it stands in are visible (a chart's hidden legend is not). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<Label> labels(Parent parent) {
        List<Label> found = new ArrayList<>();
        for (Node node : parent.getChildrenUnmodifiable()) {
            if (node instanceof Label label) {
                found.add(label);
            }
            if (node instanceof Parent p) {
                found.addAll(labels(p));
            }
        }
        return found;
    }
}
