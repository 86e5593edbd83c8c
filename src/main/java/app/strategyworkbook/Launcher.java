package app.strategyworkbook;

import app.strategyworkbook.cli.CommandLine;
import app.strategyworkbook.cli.Display;
import java.time.Clock;
import java.util.List;

/**
 * The one entry point, for the window and the command line alike. It is not a JavaFX Application, so that
 * {@code java -jar} starts it from a plain class path and the commands never load the toolkit.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(new CommandLine(System.out, System.err, Clock.systemDefaultZone()).run(args));
        }
        // Told before the toolkit is loaded, which would fail with a stack trace of its own.
        if (Display.missing()) {
            System.err.println(Display.NONE);
            System.exit(CommandLine.FAILED);
        }
        try {
            app.strategyworkbook.ui.WorkbookApp.launchWith(args);
        } catch (RuntimeException e) {
            if (!Display.cannotOpen(e)) {
                throw e;
            }
            System.err.println(Display.NONE);
            if (List.of(args).contains("--debug")) {
                e.printStackTrace();
            }
            System.exit(CommandLine.FAILED);
        }
    }
}
