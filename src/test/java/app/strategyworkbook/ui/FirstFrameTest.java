package app.strategyworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window is on screen as soon as the app starts, before any control or the theme is made: its first frame is the
 * outline of its bars. The real bars then take the same scene, at the same size, and the sections follow.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FirstFrameTest {
    private static final String PREFERENCES = "app/strategyworkbook/test-first-frame";

    @TempDir
    Path recovery;

    @AfterEach
    void close() throws Exception {
        OpenWorkbook.close(PREFERENCES);
    }

    @Test
    void theWindowIsShownBeforeAnyControlIsMadeAndItsBarsTakeTheSameScene() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        // Looked at in the same turn of the FX thread as the start, before the frame after it.
        Scene first = WaitForAsyncUtils.asyncFx(() -> {
            new WorkbookApp(null, PREFERENCES, recovery).start(stage);
            assertTrue(stage.isShowing(), "the window is on screen when start returns");
            assertEquals("Strategy Workbook", stage.getTitle());
            assertNull(OpenWorkbook.window(stage), "the window's bars and sections are not made yet");
            assertEquals(0, controls(stage.getScene().getRoot()), "the first frame holds no control");
            return stage.getScene();
        }).get(10, TimeUnit.SECONDS);
        double width = first.getWidth();
        double height = first.getHeight();

        OpenWorkbook.whole(stage);

        WaitForAsyncUtils.asyncFx(() -> {
            assertSame(first, stage.getScene(), "the bars replace the outline on the same scene");
            assertEquals(width, stage.getScene().getWidth());
            assertEquals(height, stage.getScene().getHeight());
            assertNotNull(stage.getScene().lookup("#tool-save"), "the toolbar is there");
            assertNotNull(stage.getScene().lookup("#sections"), "the sections are there");
            assertTrue(stage.getTitle().contains("Strategy Workbook"), stage.getTitle());
        }).get(10, TimeUnit.SECONDS);
    }

    private static int controls(Node node) {
        int count = node instanceof Control ? 1 : 0;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += controls(child);
            }
        }
        return count;
    }
}
