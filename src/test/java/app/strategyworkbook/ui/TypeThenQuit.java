package app.strategyworkbook.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app in a JVM of its own, headless, used as a person would: it opens a strategy, types in it, waits until the
 * edit is journalled, says where, then quits with Ctrl+Q and answers "Don't Save". {@code QuitTest} looks at what is
 * left once the JVM has ended by itself.
 */
public final class TypeThenQuit {
    static final String EDIT = " Typed, then not saved.";

    private TypeThenQuit() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Stage stage = OpenWorkbook.start(file, args[2], Path.of(args[1]));
        FxRobot robot = new FxRobot();
        TextInputControl vision = robot.lookup("#overview-vision").queryAs(TextInputControl.class);
        robot.interact(() -> {
            vision.requestFocus();
            vision.end();
        });
        robot.write(EDIT);
        Path journal = OpenWorkbook.journal(stage);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> Files.exists(journal) && Files.readString(journal).contains(EDIT.strip()));
        System.out.println("journalled " + journal);
        System.out.flush();
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#unsavedPrompt").tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Button dontSave = (Button) robot.from(robot.lookup("#unsavedPrompt").queryAs(Node.class))
                .lookup("Don't Save").queryAs(Node.class);
        System.out.println("answering");
        System.out.flush();
        // As a click would, but without the robot's waiting for the toolkit afterwards: the app quits, toolkit and all.
        Platform.runLater(dontSave::fire);
        // Nothing else: the JVM ends when the app has.
    }
}
