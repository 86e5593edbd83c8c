package app.strategyworkbook.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * With {@code --verbose}: the milliseconds from the JVM's start to the first frame of the first window, the figure a
 * user feels when they double-click a strategy. The start is the process's own start time, which the operating system
 * keeps; the end is the first pulse after the window is shown, when its content has been laid out and drawn.
 */
final class StartupTime {
    private StartupTime() {
    }

    static void reportWhenShown(Stage stage) {
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElse(null);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                String since = jvmStart == null ? "unknown (the system does not say when the process started)"
                        : Duration.between(jvmStart, Instant.now()).toMillis() + " ms";
                System.out.println("Strategy Workbook: first window shown " + since + " after the JVM started");
            }
        }.start());
    }
}
