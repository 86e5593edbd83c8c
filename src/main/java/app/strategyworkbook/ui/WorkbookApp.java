package app.strategyworkbook.ui;

import app.strategyworkbook.model.StrategyDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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

    public static void launchWith(String[] args) {
        Application.launch(WorkbookApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters() == null ? List.of() : getParameters().getUnnamed();
        List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (file == null && !files.isEmpty()) {
            file = Path.of(files.get(0));
        }
        boolean verbose = args.contains(VERBOSE);
        if (verbose) {
            StartupTime.reportWhenShown(stage);
        }
        // The window is on screen at once, as its outline; its theme, bars and sections are made in the frames after.
        FirstFrame.show(stage);
        FutureTask<StrategyDocument> template = readAhead();
        FirstFrame.afterNextFrame(() -> {
            // The theme chosen last, before the window's first control is made.
            WorkbookWindow.useTheme(new app.strategyworkbook.session.Appearance(preferences).dark());
            WorkbookWindow window = new WorkbookWindow(stage, preferences,
                    new app.strategyworkbook.recovery.RecoveryJournal(recovery));
            // The one place the app asks the desktop to open something: a folder it has just exported slides into.
            window.openFoldersWith(folder -> getHostServices().showDocument(folder.toUri().toString()));
            window.show(file, () -> {
                try {
                    return template.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while reading the template", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("The template could not be read", e.getCause());
                }
            });
            if (verbose) {
                StartupTime.reportNextFrame("menus and toolbar shown");
                StartupTime.reportWhen("first section whole", window::tabsWhole);
            }
            if (args.contains(STARTUP_TRAINING)) {
                // The installer's build runs the app once so, recording what start-up loads (packaging/linux).
                StartupTime.when(window::tabsWhole, javafx.application.Platform::exit);
            }
        });
    }

    /**
     * While this thread shows the window and builds its bars, the other core loads JavaFX's CSS parser, by reading
     * the app's stylesheet (its first use would cost the bars' frame a tenth of a second), then reads the template,
     * which the frame after the bars shows. Started once the window's first frame is set up, which then shares the
     * cores with none of it (1.2 times an empty window's start-up before, 1.05 after), and not before the toolkit,
     * whose start-up needs both cores.
     */
    private static FutureTask<StrategyDocument> readAhead() {
        FutureTask<StrategyDocument> template = new FutureTask<>(() -> {
            try {
                new javafx.css.CssParser().parse(WorkbookApp.class.getResource("workbook.css"));
            } catch (java.io.IOException e) {
                // The window reads it again and says what is wrong; this was only to have the parser ready.
            }
            return new app.strategyworkbook.files.StrategyFiles().newDocument();
        });
        app.strategyworkbook.background.Background.lane("read-ahead").execute(template);
        return template;
    }

    /** Prints how long the first window took to appear, from the start of the JVM. */
    public static final String VERBOSE = "--verbose";
    /**
     * Opens a new strategy and quits once its first section is whole: the run the Linux installer's build records
     * start-up from, into the app image's ahead-of-time cache.
     */
    public static final String STARTUP_TRAINING = "--startup-training";
}
