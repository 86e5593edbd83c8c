package app.strategyworkbook.ui;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The app in a JVM of its own, headless: it opens a strategy, makes one edit through the model the fields are bound
 * to, says so, and waits to be killed. {@code WorkbookWindowTest} kills it with SIGKILL and starts the app again.
 */
public final class EditThenWait {
    static final String EDIT = " Edited just before the kill.";

    private EditThenWait() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        Path recovery = Path.of(args[1]);
        Platform.startup(() -> {
            Stage stage = new Stage();
            // The window is made in the frame after the app's first; it registers itself on the stage.
            stage.getProperties().addListener((javafx.collections.MapChangeListener<Object, Object>) change -> {
                if (change.getKey() == WorkbookWindow.class && change.wasAdded()) {
                    editOnOpen((WorkbookWindow) change.getValueAdded(), file);
                }
            });
            new WorkbookApp(file, args[2], recovery).start(stage);
        });
    }

    private static void editOnOpen(WorkbookWindow window, Path file) {
        window.workbook().documentProperty().addListener((o, was, doc) -> {
            Path opened = window.workbook().file();
            if (opened != null && opened.toAbsolutePath().equals(file.toAbsolutePath())) {
                var overview = doc.getOverview();
                overview.setVision(overview.getVision() + EDIT);
                System.out.println("edited");
                System.out.flush();
            }
        });
    }
}
