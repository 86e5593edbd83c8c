package app.strategyworkbook.files;

import app.strategyworkbook.format.StrategyFormatException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile-file catalogue H20: a file another program is writing while it is opened. Each read here is followed by
 * that program's next write, as a sync client or a slow editor would make it, so the race is the same on every run.
 */
class ChangingWhileReadTest {
    @TempDir
    Path dir;

    @Test
    void aFileThatKeepsChangingIsRefusedAfterThreeReads() throws Exception {
        Path file = dir.resolve("strategy.md");
        Files.copy(Path.of("samples/example-strategy.md"), file);
        AtomicInteger reads = new AtomicInteger();
        StrategyFiles files = new StrategyFiles(path -> {
            byte[] bytes = Files.readAllBytes(path);
            reads.incrementAndGet();
            Files.writeString(path, "\nMore words from a program still writing.\n", StandardOpenOption.APPEND);
            return bytes;
        });
        var e = assertThrows(StrategyFormatException.class, () -> files.open(file));
        assertEquals("Cannot open " + file + ": it kept changing while it was being read; open it again once the "
                + "program writing it has finished.", e.getMessage());
        assertEquals(3, reads.get());
    }

    @Test
    void aFileThatChangesOnceIsReadAgainAndOpensAsItSettled() throws Exception {
        Path file = dir.resolve("strategy.md");
        Files.copy(Path.of("samples/example-strategy.md"), file);
        AtomicInteger reads = new AtomicInteger();
        StrategyFiles files = new StrategyFiles(path -> {
            byte[] bytes = Files.readAllBytes(path);
            if (reads.incrementAndGet() == 1) {
                // Half-way through a colleague's save: what was read is stale, the file has changed since.
                Files.writeString(path, Files.readString(path).replace("Lumen AI Company Strategy",
                        "Lumen AI Company Strategy 2027"));
            }
            return bytes;
        });
        assertEquals("Lumen AI Company Strategy 2027", files.open(file).document().getHeader().getTitle());
        assertEquals(2, reads.get());
    }
}
