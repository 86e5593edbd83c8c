package app.strategyworkbook.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the command line as a test would type it, on a fixed date, keeping what it prints. */
final class Commands {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), clock).run(args);
    }

    /** All it printed so far. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what it printed, for the next command's output alone. */
    void clearOut() {
        out.reset();
    }

    /** All it said was wrong so far. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
