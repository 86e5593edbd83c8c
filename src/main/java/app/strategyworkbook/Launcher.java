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
        // While the toolkit starts on this thread, the other core reads the template, which the first window shows,
        // then the app's stylesheet, which loads JavaFX's CSS parser: neither needs the toolkit, and the parser's
        // first use would otherwise cost the first frame a tenth of a second.
        var template = new java.util.concurrent.FutureTask<>(
                () -> new app.strategyworkbook.format.StrategyFiles().newDocument());
        Thread readAhead = new Thread(() -> {
            template.run();
            try {
                new javafx.css.CssParser().parse(Launcher.class.getResource("/app/strategyworkbook/ui/workbook.css"));
            } catch (java.io.IOException e) {
                // The window reads it again and says what is wrong; this was only to have the parser ready.
            }
        }, "read-ahead");
        readAhead.setDaemon(true);
        readAhead.start();
        app.strategyworkbook.ui.WorkbookApp.launchWith(args, template);
    }
}
