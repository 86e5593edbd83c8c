package app.strategyworkbook.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A UI test's window: the robot that drives it as a person would, the stage the test starts it on, a folder for its
 * files, and the clean-up afterwards (the window, what it journalled, the preferences it remembered).
 */
abstract class WindowTest {
    final FxRobot robot = new FxRobot();
    Stage stage;

    @TempDir
    Path dir;

    /** The preferences node the window keeps its recent files under: one per test class, so they never share. */
    abstract String preferences();

    @AfterEach
    void closeTheWindow() throws Exception {
        OpenWorkbook.close(preferences());
    }
}
