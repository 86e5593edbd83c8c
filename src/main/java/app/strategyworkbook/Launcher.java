package app.strategyworkbook;

import app.strategyworkbook.cli.CommandLine;
import java.time.Clock;

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
        app.strategyworkbook.ui.WorkbookApp.launchWith(args);
    }
}
