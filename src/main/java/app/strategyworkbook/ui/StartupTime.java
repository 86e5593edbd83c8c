package app.strategyworkbook.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
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
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                System.out.println("Strategy Workbook: first window shown " + sinceStart() + " after the JVM started");
            }
        }.start());
    }

    /** Also the milliseconds until the first tab has all its fields on screen, which comes a few frames later. */
    static void reportWhenWhole(BooleanSupplier whole) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (whole.getAsBoolean()) {
                    stop();
                    System.out.println("Strategy Workbook: first section whole " + sinceStart()
                            + " after the JVM started");
                }
            }
        }.start();
    }

    private static String sinceStart() {
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElse(null);
        return jvmStart == null ? "unknown (the system does not say when the process started)"
                : Duration.between(jvmStart, Instant.now()).toMillis() + " ms";
    }
}
