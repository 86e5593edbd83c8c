package app.strategyworkbook.ui;

import app.strategyworkbook.model.StrategyDocument;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The app: one workbook window, on a new strategy or on the file named on the command line. */
public final class WorkbookApp extends Application {
    /** Where the recent-files list is kept; tests use their own node. */
    static final String PREFERENCES = "app/strategyworkbook";

    private Path file;
    private final String preferences;
    private final Path recovery;

    public WorkbookApp() {
        this(null, PREFERENCES, app.strategyworkbook.recovery.RecoveryJournal.defaultFolder());
    }

    /**
     * A window that opens {@code file} (null for a new strategy), keeping recent files under {@code preferences} and
     * unsaved changes in the {@code recovery} folder.
     */
    public WorkbookApp(Path file, String preferences, Path recovery) {
        this.file = file;
        this.preferences = preferences;
        this.recovery = recovery;
    }

    /** The template read while the toolkit starts, for the first window; none when started another way. */
    private static java.util.concurrent.Future<StrategyDocument> template;

    public static void launchWith(String[] args, java.util.concurrent.Future<StrategyDocument> readTemplate) {
        template = readTemplate;
        Application.launch(WorkbookApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters() == null ? List.of() : getParameters().getUnnamed();
        List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (file == null && !files.isEmpty()) {
            file = Path.of(files.get(0));
        }
        if (args.contains(VERBOSE)) {
            StartupTime.reportWhenShown(stage);
        }
        WorkbookWindow.useTheme(false); // before the window's first control is made
        WorkbookWindow window = new WorkbookWindow(stage, preferences,
                new app.strategyworkbook.recovery.RecoveryJournal(recovery));
        window.show(file, firstDocument());
        if (args.contains(VERBOSE)) {
            StartupTime.reportWhenWhole(window::tabsWhole);
        }
    }

    /** The template read ahead, or null (then the window reads it). */
    private static StrategyDocument firstDocument() {
        java.util.concurrent.Future<StrategyDocument> ahead = template;
        template = null; // one window only: a second would share the first one's document
        try {
            return ahead == null ? null : ahead.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return null;
        }
    }

    /** Prints how long the first window took to appear, from the start of the JVM. */
    public static final String VERBOSE = "--verbose";
}
