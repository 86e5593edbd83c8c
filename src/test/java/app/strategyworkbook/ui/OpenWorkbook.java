package app.strategyworkbook.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the app on a file, as a user does from the command line, and cleans up after; shared by the UI tests. */
final class OpenWorkbook {
    /** The recovery folders made for starts given none; close deletes them with what the app journalled there. */
    private static final List<Path> MADE = new ArrayList<>();

    private OpenWorkbook() {
    }

    /** Starts the app on {@code file} (its recent files under {@code preferences}) and waits until it is open. */
    static Stage start(Path file, String preferences) throws Exception {
        Path recovery = Files.createTempDirectory("recovery");
        MADE.add(recovery);
        return start(file, preferences, recovery);
    }

    /** The same, keeping unsaved changes in {@code recovery}, as a crash test needs across two starts. */
    static Stage start(Path file, String preferences, Path recovery) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(() -> new WorkbookApp(file, preferences, recovery));
        if (file != null) {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getTitle() != null
                    && stage.getTitle().startsWith(file.getFileName().toString()));
        }
        WaitForAsyncUtils.waitForFxEvents();
        whole(stage);
        return stage;
    }

    /** Waits until the tabs shown so far have all their fields: a tab comes on screen over a few frames. */
    static void whole(Stage stage) {
        try {
            // The window's bars are made in the frame after its first (FirstFrame), its sections after that.
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window(stage) != null);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(window(stage)::tabsWhole).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The window and the tabs shown were not whole within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Starts the app on a copy of the example strategy in {@code dir} (strategy.md). */
    static Stage startOnExample(Path dir, String preferences) throws Exception {
        Path strategy = dir.resolve("strategy.md");
        java.nio.file.Files.copy(Path.of("samples/example-strategy.md"), strategy);
        return start(strategy, preferences);
    }

    static WorkbookWindow window(Stage stage) {
        return (WorkbookWindow) stage.getProperties().get(WorkbookWindow.class);
    }

    /** Where the window on {@code stage} journals its unsaved edits (there only while some are unsaved). */
    static Path journal(Stage stage) {
        return window(stage).recoveryJournal().journalledDocument();
    }

    /** Every journalled document in {@code recovery}: running windows' and crashed ones'. */
    static java.util.List<Path> journals(Path recovery) throws java.io.IOException {
        return app.strategyworkbook.recovery.RecoveryJournal.journalledDocuments(recovery);
    }

    /**
     * The app goes as a crash would, without saving or quitting: its window goes, its journal stays, and the journal's
     * lock is let go, as the OS does when a process ends. All the next start has is the journal.
     */
    static void crash(Stage stage) throws Exception {
        var journal = window(stage).recoveryJournal();
        FxToolkit.cleanupStages();
        journal.leaveAsACrashWould().get(20, TimeUnit.SECONDS);
    }

    static void close(String preferences) throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
        writingDone();
        Preferences.userRoot().node(preferences).removeNode();
        for (Path folder : MADE) {
            // A journal timer set by the last edit may still write once the window is gone: wait, and try again.
            for (int attempt = 0; ; attempt++) {
                try {
                    deleteAll(folder);
                    break;
                } catch (java.nio.file.DirectoryNotEmptyException e) {
                    if (attempt == 5) {
                        throw e;
                    }
                    Thread.sleep(500);
                    writingDone();
                }
            }
        }
        MADE.clear();
    }

    /**
     * Waits for the app's writing in the background (the recovery journal, which a window closing writes, and saves)
     * to end, so that nothing is written into a test's folders after the test has deleted them.
     */
    private static void writingDone() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return !app.strategyworkbook.background.Background.busy();
        });
    }

    private static void deleteAll(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> inside = Files.walk(folder)) {
            for (Path path : inside.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
