package app.strategyworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quitting, in a JVM of its own (a quit ends the toolkit, which the other UI tests share): what was not saved was not
 * wanted, so nothing of it stays on disk.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class QuitTest {
    private static final String PREFS = "app/strategyworkbook/test-quit";

    @TempDir
    Path dir;

    @Test
    void quittingWithoutSavingLeavesNothingInTheRecoveryFolder() throws Exception {
        Path strategy = dir.resolve("strategy.md");
        Files.copy(Path.of("samples/example-strategy.md"), strategy);
        String before = Files.readString(strategy);
        Path recovery = dir.resolve("recovery");
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(javaCommand, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Dtestfx.robot=glass",
                "-Dtestfx.headless=true", "-cp", System.getProperty("java.class.path"), TypeThenQuit.class.getName(),
                strategy.toAbsolutePath().toString(), recovery.toString(), PREFS)
                .redirectErrorStream(true).redirectOutput(dir.resolve("said.txt").toFile()).start();
        boolean ended;
        try {
            ended = app.waitFor(60, TimeUnit.SECONDS);
        } finally {
            app.destroyForcibly();
            java.util.prefs.Preferences.userRoot().node(PREFS).removeNode();
        }
        List<String> said = Files.readAllLines(dir.resolve("said.txt"));
        assertTrue(ended, "the app ended by itself after Quit: " + said);
        String journalled = said.stream().filter(l -> l.startsWith("journalled ")).findFirst()
                .orElseThrow(() -> new AssertionError("the edit was never journalled: " + said));
        assertTrue(said.contains("answering"), "it was asked about the unsaved edit: " + said);
        assertEquals(0, app.exitValue(), String.join("\n", said));
        Path journal = Path.of(journalled.substring("journalled ".length()));
        assertEquals(recovery.toAbsolutePath(), journal.getParent().getParent(), "it journalled where it was told");
        assertFalse(Files.exists(journal.getParent()), "its folder is gone");
        try (var rest = Files.list(recovery)) {
            assertEquals(List.of(), rest.toList(), "no journal, lock file or .bak is left");
        }
        assertEquals(before, Files.readString(strategy), "and the strategy was not saved");
    }
}
