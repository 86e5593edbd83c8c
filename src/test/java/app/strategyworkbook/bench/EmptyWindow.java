package app.strategyworkbook.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The baseline for start-up: an empty JavaFX window of the app's size, started the same way (a plain main class on
 * the class path, as the app's Launcher) and timed the same way as the app's {@code --verbose}.
 */
public final class EmptyWindow {
    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1440, 900));
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    System.out.println("Empty JavaFX window: first window shown "
                            + app.strategyworkbook.ui.StartupTime.millisSinceJvmStart() + " ms after the JVM started");
                }
            }.start());
            stage.show();
        }
    }
}
