package app.strategyworkbook.ui;

import static app.strategyworkbook.files.FileModes.mode;
import static app.strategyworkbook.files.FileModes.setMode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.FileModes;
import app.strategyworkbook.files.StrategyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+S in the window leaves a strategy on a shared folder as readable to colleagues as it was. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SavePermissionsTest {
    private static final String PREFS = "app/strategyworkbook/test-save-permissions";
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        OpenWorkbook.close(PREFS);
    }

    @Test
    void ctrlSKeepsTheModeOfASharedStrategyAndGivesItToTheBak() throws Exception {
        FileModes.assumePosix(dir);
        Path strategy = dir.resolve("strategy.md");
        Files.copy(Path.of("samples/example-strategy.md"), strategy);
        setMode(strategy, "rw-rw-r--");
        Stage stage = OpenWorkbook.start(strategy, PREFS);

        TextInputControl mission = robot.lookup("#overview-mission").queryAs(TextInputControl.class);
        robot.interact(() -> {
            mission.requestFocus();
            mission.end();
        });
        robot.write(" Shared.");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("• "));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !stage.getTitle().startsWith("• "));

        assertTrue(Files.readString(strategy).contains(" Shared."), "saved");
        assertEquals("rw-rw-r--", mode(strategy), "the strategy, after Ctrl+S");
        assertEquals("rw-rw-r--", mode(StrategyFiles.backupOf(strategy)), "the version it replaced");
    }
}
