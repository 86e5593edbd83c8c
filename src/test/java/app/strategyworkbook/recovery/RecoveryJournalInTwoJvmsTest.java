package app.strategyworkbook.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.StrategyFiles;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two running copies of the app, each in its own JVM, on one recovery folder: each keeps to its own journal, neither
 * is offered the other's while it runs, and the journal of one that is killed is offered. The OS locks are what is
 * tried here; {@link RecoveryJournalTest} has the same within one JVM.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class RecoveryJournalInTwoJvmsTest {
    @TempDir
    Path dir;

    private Process other(Path recovery, String vision) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JournalThenWait.class.getName(), recovery.toString(), vision).redirectErrorStream(true).start();
    }

    /** The next line the other copy prints that starts with {@code word}, less the word. */
    private static String said(BufferedReader out, String word) throws Exception {
        String line;
        do {
            line = out.readLine();
        } while (line != null && !line.startsWith(word + " "));
        assertTrue(line != null, "the other copy ended before it said " + word);
        return line.substring(word.length() + 1);
    }

    @Test
    void aRunningCopyInAnotherJvmIsNeverOfferedItsJournalAndAKilledOneIs() throws Exception {
        Path recovery = dir.resolve("recovery");
        RecoveryJournal mine = new RecoveryJournal(recovery);
        var doc = new StrategyFiles().newDocument();
        doc.getOverview().setVision("Mine.");
        mine.unsaved(mine.snapshot(doc), dir.resolve("mine.md")).get(20, TimeUnit.SECONDS);
        // A start in this JVM looks first: it must not drop my lock on the way (on Linux, closing a second channel
        // on a locked file would), or the other copy would be offered my journal below.
        RecoveryJournal lookingHere = new RecoveryJournal(recovery);
        assertEquals(List.of(), lookingHere.leftBehind().get(20, TimeUnit.SECONDS));

        Process theirs = other(recovery, "Theirs.");
        try (var out = new BufferedReader(new InputStreamReader(theirs.getInputStream()))) {
            assertEquals("0", said(out, "offered"), "the other copy is not offered my running session's journal");
            Path theirJournal = Path.of(said(out, "journalled"));
            assertNotEquals(mine.journalledDocument().getParent(), theirJournal.getParent());
            assertTrue(Files.readString(theirJournal).contains("Theirs."));
            assertTrue(Files.readString(mine.journalledDocument()).contains("Mine."), "mine is not overwritten");
            assertEquals(List.of(), lookingHere.leftBehind().get(20, TimeUnit.SECONDS),
                    "their running session's journal is not offered here");

            theirs.destroyForcibly(); // SIGKILL: the OS lets their lock go, the journal stays
            assertTrue(theirs.waitFor(20, TimeUnit.SECONDS));
            var left = lookingHere.leftBehind().get(20, TimeUnit.SECONDS);
            assertEquals(1, left.size(), "now their journal is a crash's, and is offered");
            assertEquals("Theirs.", left.get(0).document().getOverview().getVision());
            assertEquals(theirJournal, left.get(0).journalledDocument());
            lookingHere.discard(left.get(0)).get(20, TimeUnit.SECONDS);
            assertFalse(Files.exists(theirJournal.getParent()));
        } finally {
            theirs.destroyForcibly();
        }
        assertTrue(Files.readString(mine.journalledDocument()).contains("Mine."), "mine, still running, is untouched");
        mine.closeCleanly().get(20, TimeUnit.SECONDS);
        lookingHere.closeCleanly().get(20, TimeUnit.SECONDS);
        try (var rest = Files.list(recovery)) {
            assertEquals(List.of(), rest.toList());
        }
    }

    @Test
    void aCopyInAnotherJvmThatQuitsLeavesNothingBehind() throws Exception {
        Path recovery = dir.resolve("recovery");
        Process theirs = other(recovery, "Quitting.");
        try (var out = new BufferedReader(new InputStreamReader(theirs.getInputStream()));
             var in = theirs.getOutputStream()) {
            assertEquals("0", said(out, "offered"));
            assertTrue(Files.exists(Path.of(said(out, "journalled"))));
            in.write("quit\n".getBytes());
            in.flush();
            assertTrue(theirs.waitFor(20, TimeUnit.SECONDS));
        } finally {
            theirs.destroyForcibly();
        }
        assertEquals(0, theirs.exitValue());
        try (var rest = Files.list(recovery)) {
            assertEquals(List.of(), rest.toList(), "no folder, lock file or .bak");
        }
    }
}
