package app.strategyworkbook.files;

import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.model.StrategyDocument;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saves one strategy over and over, each version a different length, until it is killed. Run in its own JVM by
 * {@link KilledWhileSavingTest}, which then checks the file is one whole version.
 */
public final class SaveLoop {
    private static final Pattern VERSION = Pattern.compile("Version (\\d+)\\.");

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        StrategyFiles files = new StrategyFiles();
        for (int version = 0; ; version++) {
            files.save(version(version), file, false);
            System.out.println(version);
            System.out.flush();
        }
    }

    /** Version {@code n}: the example strategy with a mission whose length varies from version to version. */
    static StrategyDocument version(int n) throws StrategyFormatException {
        StrategyDocument doc = new StrategyFiles().open(Path.of("samples/example-strategy.md")).document();
        doc.getOverview().setMission("Version " + n + ". " + "Words that make this save longer. ".repeat(n % 97));
        return doc;
    }

    /** The version a file says it is, or -1. */
    static int versionIn(String text) {
        Matcher m = VERSION.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
