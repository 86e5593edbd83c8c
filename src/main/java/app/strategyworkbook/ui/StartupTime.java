package app.strategyworkbook.ui;

import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * With {@code --verbose}: the milliseconds from the JVM's start to the frames a user sees as the app starts: the first
 * frame of the window, the frame with its menus and toolbar, and the first section with all its fields. A frame is
 * counted at the pulse that lays it out and draws it.
 *
 * <p>The start is the JVM's own record of when it started. The process start time the operating system gives
 * ({@link ProcessHandle.Info#startInstant()}) is counted on Linux from a boot time kept in whole seconds, and came out
 * 700 ms early on the machine this was measured on, which made start-up look 1.3 times an empty window's when it was
 * 1.7 times.
 */
public final class StartupTime {
    private StartupTime() {
    }

    static void reportWhenShown(Stage stage) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> reportNextFrame("first window shown"));
    }

    /** Reports {@code what} at the next frame. */
    static void reportNextFrame(String what) {
        reportWhen(what, () -> true);
    }

    /** Reports {@code what} at the first frame at which {@code done} holds. */
    static void reportWhen(String what, BooleanSupplier done) {
        when(done, () -> System.out.println("Strategy Workbook: " + what + " " + millisSinceJvmStart()
                + " ms after the JVM started"));
    }

    /** Runs {@code then} at the first frame at which {@code done} holds. */
    static void when(BooleanSupplier done, Runnable then) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (done.getAsBoolean()) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    /** Read when called; the management classes it needs are loaded after the moment it measures. */
    public static long millisSinceJvmStart() {
        long now = System.currentTimeMillis();
        return now - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
