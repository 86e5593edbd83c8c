package app.strategyworkbook.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A UI test on the example strategy: each test starts the app on a fresh copy of it (strategy.md in its own folder),
 * drives it with {@link #robot}, and closes it afterwards with what it journalled and remembered.
 */
abstract class ExampleWindowTest {
    final FxRobot robot = new FxRobot();
    Stage stage;

    @TempDir
    Path dir;

    /** The preferences node the window keeps its recent files under: one per test class, so they never share. */
    abstract String preferences();

    @BeforeEach
    void openTheExample() throws Exception {
        stage = OpenWorkbook.startOnExample(dir, preferences());
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        OpenWorkbook.close(preferences());
    }
}
