package app.strategyworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.present.Deck;
import app.strategyworkbook.ui.present.SlideView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;

/** Presenting the example strategy with the keys, and exporting its slides. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class PresentationTest extends ExampleWindowTest {
    private static final String PREFS = "app/strategyworkbook/test-present";

    @Override
    String preferences() {
        return PREFS;
    }

    private WorkbookWindow window() {
        return OpenWorkbook.window(stage);
    }

    private String shownTitle() {
        return SlideView.words(robot.lookup("#slide-title").query());
    }

    private void press(KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void presentWithChoice() throws Exception {
        javafx.application.Platform.runLater(() -> window().present());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#slideChooser").tryQuery().isPresent());
    }

    @Test
    void untickedSlidesAreSkippedAndTheChoiceIsSavedWithTheDocument() throws Exception {
        presentWithChoice();
        // Unticked directly, then Enter (the dialog's default, Present): a dialog just shown on a headless screen
        // can still be placing itself when a click arrives.
        robot.interact(() -> {
            robot.lookup("#slide-choice-values").queryAs(javafx.scene.control.CheckBox.class).setSelected(false);
            robot.lookup("#slide-choice-competition").queryAs(javafx.scene.control.CheckBox.class).setSelected(false);
        });
        press(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window().presentation() != null
                && window().presentation().isShowing());
        assertEquals("Lumen AI Company Strategy", shownTitle());
        press(KeyCode.RIGHT);
        assertEquals("Market Opportunity", shownTitle(), "the values slide is skipped");
        press(KeyCode.RIGHT);
        assertEquals("Pillar 1: Developer Experience Excellence", shownTitle(), "and the competition slide");
        press(KeyCode.ESCAPE);
        assertTrue(stage.getTitle().startsWith("• "), "the choice is a change to the document");
        press(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.getTitle().startsWith("• "));
        String saved = Files.readString(window().workbook().file());
        assertTrue(saved.endsWith("<!-- Strategy Workbook: slides not shown: values, competition -->\n"), saved);
        var reopened = new app.strategyworkbook.files.StrategyFiles().open(window().workbook().file()).document();
        assertEquals(java.util.List.of("values", "competition"), reopened.getPresentation().getHiddenSlides());
    }

    @Test
    void presentsStepsThroughWithTheKeysAndEscReturnsToTheEditor() throws Exception {
        presentWithChoice();
        press(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window().presentation() != null
                && window().presentation().isShowing());
        assertEquals("Lumen AI Company Strategy", shownTitle());
        assertEquals("LIVING", SlideView.words(robot.lookup("#slide-status").query()),
                "a strategy that is not final says so on every slide");
        press(KeyCode.RIGHT);
        assertEquals("Our Values", shownTitle());
        press(KeyCode.SPACE);
        assertEquals("Market Opportunity", shownTitle());
        press(KeyCode.LEFT);
        assertEquals("Our Values", shownTitle());
        press(KeyCode.DIGIT5);
        press(KeyCode.ENTER);
        assertEquals("Pillar 1: Developer Experience Excellence", shownTitle());
        press(KeyCode.END);
        assertTrue(shownTitle().startsWith("Success Criteria"), shownTitle());
        assertTrue(SlideView.words(robot.lookup("#slide-footer").query()).startsWith(
                window().presentation().current() == null ? "" : Deck.of(window().workbook().document()).size() + " / "));
        press(KeyCode.HOME);
        assertEquals("Lumen AI Company Strategy", shownTitle());
        press(KeyCode.B);
        assertTrue(robot.lookup("#slide-title").tryQuery().isEmpty(), "B blanks the screen");
        press(KeyCode.B);
        press(KeyCode.ESCAPE);
        assertFalse(window().presentation().isShowing());
        assertTrue(stage.isShowing());
    }

    @Test
    void thePresenterViewShowsTheCurrentAndNextSlideTheNotesAndTheTime() throws Exception {
        robot.interact(() -> window().workbook().document().getOverview()
                .setNotes("Open with why we exist, then the two sentences."));
        presentWithChoice();
        press(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window().presentation() != null
                && window().presentation().isShowing());
        robot.interact(() -> window().presentation().showPresenterView());
        assertTrue(window().presentation().presenterShowing());
        assertEquals("Slide 1 of " + Deck.shown(window().workbook().document()).size(),
                robot.lookup("#presenter-position").queryAs(Label.class).getText());
        var next = robot.from(robot.lookup("#presenter-next").queryAs(javafx.scene.Node.class)).lookup("#slide-title")
                .query();
        assertEquals("Our Values", SlideView.words(next));
        assertEquals("Open with why we exist, then the two sentences.", window().presentation().presenterNotes(),
                "the title slide's notes are the overview's");
        assertTrue(robot.lookup("#presenter-clock").queryAs(Label.class).getText().matches("\\d\\d:\\d\\d"));
        robot.interact(() -> window().presentation().stage().requestFocus());
        press(KeyCode.RIGHT);
        assertEquals("Slide 2 of " + Deck.shown(window().workbook().document()).size(),
                robot.lookup("#presenter-position").queryAs(Label.class).getText());
        assertEquals("No notes for this slide.", window().presentation().presenterNotes());
        press(KeyCode.ESCAPE);
        assertFalse(window().presentation().presenterShowing(), "Esc closes both");
    }

    @Test
    void exportsAPdfWithASlidePerPageAndAPictureForEachSlide() throws Exception {
        int slides = Deck.of(window().workbook().document()).size();
        Path pdf = dir.resolve("deck.pdf");
        robot.interact(() -> window().exportSlides(pdf, true));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(pdf));
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(slides, document.getNumberOfPages());
        }
        Path pictures = dir.resolve("pictures");
        robot.interact(() -> window().exportSlides(pictures, false));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(pictures.resolve(
                String.format("slide-%02d.png", slides))));
        try (var files = Files.list(pictures)) {
            assertEquals(slides, files.count());
        }
        var first = javax.imageio.ImageIO.read(pictures.resolve("slide-01.png").toFile());
        assertEquals(1920, first.getWidth());
        assertEquals(1080, first.getHeight());
    }

    @Test
    void viewStrategyOnOnePageShowsThePageForTheBoard() throws Exception {
        robot.interact(() -> {
            var bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
            bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(item -> "menu-onePage".equals(item.getId())).findFirst().orElseThrow().fire();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && s.getTitle().startsWith("Strategy on One Page")));
        Stage page = (Stage) javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage s
                && s.getTitle().startsWith("Strategy on One Page")).findFirst().orElseThrow();
        var root = page.getScene().getRoot();
        assertEquals("Lumen AI Company Strategy", SlideView.words(robot.from(root).lookup("#slide-title").query()));
        assertTrue(robot.from(root).lookup("#onePage-pdf").tryQuery().isPresent());
        assertTrue(robot.from(root).lookup("#onePage-png").tryQuery().isPresent());
        robot.interact(page::close);
    }

    private Stage openOnePage() throws Exception {
        robot.clickOn("#menu-view");
        robot.clickOn("#menu-onePage");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onePageStage() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return onePageStage();
    }

    private static Stage onePageStage() {
        return (Stage) javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith("Strategy on One Page")).findFirst().orElse(null);
    }

    @Test
    void theOnePageClosesByEscapeCtrlWOrItsCloseButton() throws Exception {
        Stage page = openOnePage();
        robot.targetWindow(page).push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(page.isShowing(), "Escape closes it");
        page = openOnePage();
        robot.targetWindow(page).push(KeyCode.CONTROL, KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(page.isShowing(), "Ctrl+W closes it");
        assertTrue(stage.isShowing(), "and the workbook stays");
        page = openOnePage();
        robot.clickOn(robot.from(page.getScene().getRoot()).lookup("#onePage-close").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(page.isShowing(), "its Close button closes it");
    }

    @Test
    void theOnePageFollowsTheDocumentTheWindowShows() throws Exception {
        Stage page = openOnePage();
        assertEquals("Lumen AI Company Strategy",
                SlideView.words(robot.from(page.getScene().getRoot()).lookup("#slide-title").query()));
        Path other = dir.resolve("other.md");
        Files.writeString(other, Files.readString(dir.resolve("strategy.md"))
                .replace("# Lumen AI Company Strategy", "# Kaito Robotics Strategy"));
        robot.interact(() -> window().open(other));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("other.md"));
        WaitForAsyncUtils.waitForFxEvents();
        Stage now = onePageStage();
        assertTrue(now != null, "the page stays open on the document now shown");
        assertEquals("Kaito Robotics Strategy",
                SlideView.words(robot.from(now.getScene().getRoot()).lookup("#slide-title").query()),
                "the page is the new document's, not the last one's");
        assertEquals(1, javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage s
                && s.getTitle() != null && s.getTitle().startsWith("Strategy on One Page")).count(),
                "one page window, not one per opening");
        robot.interact(now::close);
    }
}
