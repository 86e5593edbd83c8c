package app.strategyworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The first window, headless: it opens a strategy named on the command line and shows every section. */
class WorkbookAppTest {
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path dir;

    private void start(Path file) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(() -> new WorkbookApp(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#sections").queryAs(TabPane.class).getTabs().size() == 12);
        assertTrue(stage.isShowing() || robot.listWindows().size() > 0);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private String section(String key) {
        return robot.lookup("#section-" + key).queryAs(TextArea.class).getText();
    }

    @Test
    void opensTheExampleAndShowsEachSectionOnItsTab() throws Exception {
        start(Path.of("samples/example-strategy.md"));
        assertEquals("Lumen AI Company Strategy", robot.lookup("#documentTitle").queryAs(Label.class).getText());
        robot.clickOn("#tab-risks");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tab-risks",
                robot.lookup("#sections").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId());
        assertTrue(section("risks").contains("| Major security breach damages brand | Low | Critical |"));
        assertTrue(section("overview").contains("To empower developers to build production-grade AI applications"));
        String status = robot.lookup("#status").queryAs(StatusBar.class).getText();
        assertTrue(status.contains("example-strategy.md") && status.contains("0 errors, 0 warnings"), status);
    }

    @Test
    void aFileThatFailsToOpenSaysWhyAndLeavesANewDocument() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 1, \"overview\": ");
        start(broken);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String message = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertTrue(message.startsWith("Cannot open " + broken + ": it is not valid JSON"), message);
        assertTrue(section("overview").contains("[One sentence: Why does this company exist?]"));
    }
}
