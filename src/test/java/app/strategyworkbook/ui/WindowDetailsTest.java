package app.strategyworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The smaller things a user meets in the window: the open dialog's kinds, exports, shortcuts, status, moving. */
@org.junit.jupiter.api.Timeout(value = 60, unit = TimeUnit.SECONDS)
class WindowDetailsTest {
    private static final String PREFS = "app/strategyworkbook/test-details";
    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            OpenWorkbook.close(PREFS);
        }
    }

    private String status() {
        return robot.lookup("#status").queryAs(StatusBar.class).getText();
    }

    @Test
    void theOpenDialogListsBothKindsTogetherFirstThenEachAlone() {
        List<FileChooser.ExtensionFilter> filters = DialogPrompts.strategyFilters();
        assertEquals(List.of("*.md", "*.markdown", "*.json"), filters.get(0).getExtensions(), "chosen by default");
        assertEquals(List.of("*.md", "*.markdown"), filters.get(1).getExtensions());
        assertEquals(List.of("*.json"), filters.get(2).getExtensions());
    }

    @Test
    void aNewStrategyThatWasNeverSavedIsNotCalledSaved() throws Exception {
        stage = OpenWorkbook.start(null, PREFS);
        assertTrue(status().contains("Not saved yet"), status());
        assertFalse(status().contains("Saved"), status());
    }

    @Test
    void exportingSlidesSaysWhereTheyWent() throws Exception {
        stage = OpenWorkbook.startOnExample(dir, PREFS);
        Path pdf = dir.resolve("deck.pdf");
        robot.interact(() -> OpenWorkbook.window(stage).exportSlides(pdf, true));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status().startsWith("Exported"));
        assertTrue(Files.size(pdf) > 0);
        assertTrue(status().contains(pdf.toAbsolutePath().toString()), "the status bar names the file: " + status());
        WaitForAsyncUtils.waitForFxEvents();
        var note = robot.lookup(".notification-bar").tryQuery();
        assertTrue(note.isPresent(), "a notification says it too");
        assertTrue(robot.from(note.get()).lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().contains(pdf.toAbsolutePath().toString())));
    }

    @Test
    void theShortcutListHasEveryMenuShortcutAndThePresentationKeysAsATable() throws Exception {
        stage = OpenWorkbook.startOnExample(dir, PREFS);
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#shortcutTable").tryQuery().isPresent());
        var table = robot.lookup("#shortcutTable").queryAs(javafx.scene.layout.GridPane.class);
        List<String> cells = table.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        List<String> missing = new ArrayList<>();
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null && !cells.contains(item.getAccelerator().getDisplayText())) {
                    missing.add(item.getText());
                }
            }
        }
        assertTrue(missing.isEmpty(), "menu shortcuts missing from the list: " + missing);
        for (String expected : List.of("Present", "F5", "Keyboard Shortcuts", "F1", "Larger Text", "Smaller Text",
                "Check Panel", "F8", "Next slide", "Blank the screen, or show the slide again", "Back to the editor",
                "Keep it and edit the next or previous cell", "Tab, Shift+Tab")) {
            assertTrue(cells.contains(expected), "the list has \"" + expected + "\": " + cells);
        }
        // A table: each action's keys stand in the column beside it, on its row.
        Node present = table.getChildren().stream().filter(n -> "Present".equals(((Label) n).getText()))
                .findFirst().orElseThrow();
        Node f5 = table.getChildren().stream().filter(n -> "F5".equals(((Label) n).getText())).findFirst()
                .orElseThrow();
        assertEquals(javafx.scene.layout.GridPane.getRowIndex(present), javafx.scene.layout.GridPane.getRowIndex(f5));
        assertEquals(1, javafx.scene.layout.GridPane.getColumnIndex(f5));
        // Every description is read whole: a long one wraps rather than ending in "…".
        for (Node n : table.getChildren()) {
            Label label = (Label) n;
            String shown = label.lookup(".text") instanceof javafx.scene.text.Text text ? text.getText() : "";
            assertEquals(label.getText(), shown.replace("\n", " ").replaceAll(" +", " ").trim(),
                    "not cut short: " + label.getText());
        }
    }

    @Test
    void movingAPillarUpKeepsItInViewAndItsButtonUnderTheKeyboard() throws Exception {
        stage = OpenWorkbook.startOnExample(dir, PREFS);
        robot.clickOn("#outline-pillars");
        OpenWorkbook.whole(stage);
        var pillars = OpenWorkbook.window(stage).workbook().document().getPillars().getPillars();
        String third = pillars.get(2).getName();
        robot.interact(() -> {
            Node button = stage.getScene().lookup("#pillars-pillars-2-up");
            app.strategyworkbook.ui.field.Reveal.node(button);
        });
        robot.clickOn("#pillars-pillars-2-up");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(third, pillars.get(1).getName());
        assertEquals("pillars-pillars-1-up", stage.getScene().getFocusOwner().getId(),
                "the moved pillar's button keeps the keyboard");
        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(third, pillars.get(0).getName(), "pressing it again moves the same pillar on");
        Node panel = stage.getScene().lookup("#pillars-pillars-0");
        ScrollPane scroll = (ScrollPane) robot.lookup(".form-scroll").queryAll().stream()
                .filter(n -> n.lookup("#pillars-pillars-0") != null).findFirst().orElseThrow();
        robot.interact(() -> {
            Bounds seen = scroll.localToScene(scroll.getLayoutBounds());
            Bounds title = panel.localToScene(panel.getLayoutBounds());
            assertTrue(title.getMinY() >= seen.getMinY() - 1 && title.getMinY() < seen.getMaxY(),
                    "the moved pillar is in view: " + title + " in " + seen);
        });
    }

    @Test
    void theDarkThemeAndTextSizeAreRememberedAfterARestart() throws Exception {
        stage = OpenWorkbook.startOnExample(dir, PREFS);
        String dark = new atlantafx.base.theme.PrimerDark().getUserAgentStylesheetBSS();
        try {
            robot.clickOn("#menu-view");
            robot.clickOn("#menu-dark");
            robot.clickOn("#menu-view");
            robot.clickOn("#menu-bigger");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(dark, javafx.application.Application.getUserAgentStylesheet());
            // A restart: the window goes, and a new one starts on the same preferences.
            org.testfx.api.FxToolkit.cleanupStages();
            WaitForAsyncUtils.waitForFxEvents();
            stage = OpenWorkbook.start(dir.resolve("strategy.md"), PREFS);
            assertEquals(dark, javafx.application.Application.getUserAgentStylesheet(), "dark again after a restart");
            MenuItem item = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                    .flatMap(m -> m.getItems().stream()).filter(i -> "menu-dark".equals(i.getId())).findFirst()
                    .orElseThrow();
            assertTrue(((javafx.scene.control.CheckMenuItem) item).isSelected(), "the menu says so");
            String style = robot.lookup(".workbook").query().getStyle();
            assertTrue(style.contains("14"), "the larger text size too: " + style);
            robot.clickOn("#menu-view");
            robot.clickOn("#menu-dark");
            WaitForAsyncUtils.waitForFxEvents();
            org.testfx.api.FxToolkit.cleanupStages();
            stage = OpenWorkbook.start(dir.resolve("strategy.md"), PREFS);
            assertEquals(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS(),
                    javafx.application.Application.getUserAgentStylesheet(), "light again once turned off");
        } finally {
            robot.interact(() -> WorkbookWindow.useTheme(false));
        }
    }
}
