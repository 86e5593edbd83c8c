package app.strategyworkbook.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.model.StrategyDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** One journal per window: ordered on its own thread, never shared, never offered while its window runs. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RecoveryJournalTest {
    @TempDir
    Path dir;

    private final List<RecoveryJournal> opened = new java.util.ArrayList<>();

    /** A session on the recovery folder, as a window starting makes one. */
    private RecoveryJournal session() {
        return session(JournalFiles::writeAtomically);
    }

    private RecoveryJournal session(JournalFiles.WriteStep step) {
        RecoveryJournal journal = new RecoveryJournal(dir.resolve("recovery"), step);
        opened.add(journal);
        return journal;
    }

    @AfterEach
    void letLocksGo() throws Exception {
        // A test that fails halfway leaves no lock held for the next, and @TempDir can then delete everything.
        for (RecoveryJournal journal : opened) {
            journal.leaveAsACrashWould().get(10, TimeUnit.SECONDS);
        }
    }

    /** The template with {@code vision} as its vision, as the window's snapshot would be. */
    private static String edited(RecoveryJournal journal, String vision) {
        StrategyDocument doc = new StrategyFiles().newDocument();
        doc.getOverview().setVision(vision);
        return journal.snapshot(doc);
    }

    private List<String> recoveryFolder() throws IOException {
        return names(dir.resolve("recovery"));
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<RecoveryJournal.Left> leftBehind(RecoveryJournal journal) throws Exception {
        return journal.leftBehind().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aSlowWriteNeverOutlivesTheDiscardThatFollowsIt() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        RecoveryJournal journal = session((target, text) -> {
            writing.countDown();
            try {
                if (!goOn.await(20, TimeUnit.SECONDS)) {
                    throw new IOException("never let go on");
                }
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException();
            }
            JournalFiles.writeAtomically(target, text);
        });
        var write = journal.unsaved(edited(journal, "Unsaved a moment ago."), dir.resolve("strategy.md"));
        assertTrue(writing.await(10, TimeUnit.SECONDS), "the write has begun and is held up on the disk");
        var saved = journal.nothingUnsaved(); // the user saved meanwhile
        goOn.countDown();
        write.get(10, TimeUnit.SECONDS);
        saved.get(10, TimeUnit.SECONDS);
        assertFalse(Files.exists(journal.journalledDocument()), "the discard came last, and stands");

        journal.leaveAsACrashWould().get(10, TimeUnit.SECONDS); // and then the app crashed
        RecoveryJournal next = session();
        assertEquals(List.of(), leftBehind(next), "a saved strategy is never offered back");
        assertEquals(List.of(), recoveryFolder(), "the crashed session's empty folder and lock are cleared away");
    }

    @Test
    void stepsRunInTheOrderTheyWereAskedFor() throws Exception {
        RecoveryJournal journal = session();
        for (int i = 1; i <= 20; i++) {
            journal.unsaved(edited(journal, "Edit " + i + "."), null);
            if (i % 3 == 0) {
                journal.nothingUnsaved();
            }
        }
        journal.unsaved(edited(journal, "The last edit."), null).get(10, TimeUnit.SECONDS);
        assertTrue(Files.readString(journal.journalledDocument()).contains("The last edit."));
        journal.nothingUnsaved().get(10, TimeUnit.SECONDS);
        assertFalse(Files.exists(journal.journalledDocument()));
    }

    @Test
    void twoSessionsOnOneFolderKeepToTheirOwnJournals() throws Exception {
        RecoveryJournal mine = session();
        RecoveryJournal theirs = session();
        mine.unsaved(edited(mine, "Mine."), dir.resolve("mine.md")).get(10, TimeUnit.SECONDS);
        theirs.unsaved(edited(theirs, "Theirs."), dir.resolve("theirs.md")).get(10, TimeUnit.SECONDS);
        mine.unsaved(edited(mine, "Mine, later."), dir.resolve("mine.md")).get(10, TimeUnit.SECONDS);
        assertNotEquals(mine.journalledDocument().getParent(), theirs.journalledDocument().getParent());
        assertTrue(Files.readString(mine.journalledDocument()).contains("Mine, later."));
        assertTrue(Files.readString(theirs.journalledDocument()).contains("Theirs."), "not overwritten by mine");

        assertEquals(List.of(), leftBehind(mine), "a running session's journal is never offered to another");
        assertEquals(List.of(), leftBehind(theirs));
        RecoveryJournal starting = session();
        assertEquals(List.of(), leftBehind(starting), "nor to a session starting now");

        theirs.leaveAsACrashWould().get(10, TimeUnit.SECONDS);
        var left = leftBehind(starting);
        assertEquals(1, left.size(), "once their session has crashed, its journal is offered");
        assertEquals(dir.resolve("theirs.md").toAbsolutePath(), left.get(0).file());
        assertEquals("Theirs.", left.get(0).document().getOverview().getVision());
        assertEquals(List.of(), leftBehind(mine), "and only to the start that took it");
        starting.discard(left.get(0)).get(10, TimeUnit.SECONDS);
        assertFalse(Files.exists(theirs.journalledDocument().getParent()), "discarded: their folder is gone");
        assertTrue(Files.readString(mine.journalledDocument()).contains("Mine, later."), "mine is untouched");
    }

    @Test
    void aCleanCloseLeavesNothingBehind() throws Exception {
        RecoveryJournal journal = session();
        journal.unsaved(edited(journal, "First."), dir.resolve("strategy.md"));
        journal.unsaved(edited(journal, "Second, over the first."), dir.resolve("strategy.md"))
                .get(10, TimeUnit.SECONDS);
        assertEquals(List.of("about.properties", "document.json"), names(journal.journalledDocument().getParent()),
                "the journal is replaced whole, with no backup beside it");
        assertEquals(2, recoveryFolder().size(), "the session's folder and its lock file");
        journal.closeCleanly().get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), recoveryFolder(), "no folder, lock file or .bak is left");
        journal.unsaved(edited(journal, "After closing."), null).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), recoveryFolder(), "nothing asked for after closing writes again");
    }

    @Test
    void aSessionThatNeverJournalledLeavesNothingAtAll() throws Exception {
        RecoveryJournal journal = session();
        journal.nothingUnsaved().get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), leftBehind(journal));
        journal.closeCleanly().get(10, TimeUnit.SECONDS);
        assertFalse(Files.exists(dir.resolve("recovery")), "not even the recovery folder is made");
    }

    @Test
    void theJournalIsItsOwnersAlone() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        RecoveryJournal journal = session();
        journal.unsaved(edited(journal, "Private."), null).get(10, TimeUnit.SECONDS);
        Path folder = journal.journalledDocument().getParent();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.getParent())));
        for (Path file : List.of(folder.resolve("document.json"), folder.resolve("about.properties"),
                folder.resolveSibling(folder.getFileName() + ".lock"))) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                    file.toString());
        }
    }

    @Test
    void severalCrashedSessionsAreOfferedNewestFirstAndEachGoesOnlyWhenChosen() throws Exception {
        RecoveryJournal older = session();
        older.unsaved(edited(older, "Older."), dir.resolve("older.md")).get(10, TimeUnit.SECONDS);
        Thread.sleep(20);
        RecoveryJournal newer = session();
        newer.unsaved(edited(newer, "Newer."), null).get(10, TimeUnit.SECONDS);
        older.leaveAsACrashWould().get(10, TimeUnit.SECONDS);
        newer.leaveAsACrashWould().get(10, TimeUnit.SECONDS);

        RecoveryJournal starting = session();
        var left = leftBehind(starting);
        assertEquals(List.of("Newer.", "Older."),
                left.stream().map(l -> l.document().getOverview().getVision()).toList());
        assertNull(left.get(0).file(), "a new strategy has no file");
        starting.discard(left.get(0)).get(10, TimeUnit.SECONDS);
        starting.offerLater(left.get(1)).get(10, TimeUnit.SECONDS);
        assertFalse(Files.exists(newer.journalledDocument()), "the one discarded is gone");
        assertTrue(Files.exists(older.journalledDocument()), "the one not chosen stays");

        var again = leftBehind(session());
        assertEquals(List.of("Older."), again.stream().map(l -> l.document().getOverview().getVision()).toList(),
                "and is offered at the next start");
    }

    @Test
    void restoringJournalsTheEditsHereBeforeTheCrashedJournalGoes() throws Exception {
        RecoveryJournal crashed = session();
        crashed.unsaved(edited(crashed, "Restore me."), dir.resolve("strategy.md")).get(10, TimeUnit.SECONDS);
        crashed.leaveAsACrashWould().get(10, TimeUnit.SECONDS);
        RecoveryJournal starting = session();
        var left = leftBehind(starting).get(0);
        starting.restored(left, starting.snapshot(left.document()), left.file()).get(10, TimeUnit.SECONDS);
        assertFalse(Files.exists(crashed.journalledDocument().getParent()));
        assertTrue(Files.readString(starting.journalledDocument()).contains("Restore me."),
                "the restored edits are this session's, on disk, still unsaved");
        assertEquals(List.of(starting.journalledDocument()),
                RecoveryJournal.journalledDocuments(dir.resolve("recovery")));
    }

    @Test
    void aRestoreThatCannotBeJournalledKeepsTheCrashedJournal() throws Exception {
        RecoveryJournal crashed = session();
        crashed.unsaved(edited(crashed, "Keep me."), null).get(10, TimeUnit.SECONDS);
        crashed.leaveAsACrashWould().get(10, TimeUnit.SECONDS);
        RecoveryJournal starting = session((target, text) -> {
            throw new IOException("the disk is full");
        });
        var left = leftBehind(starting).get(0);
        var restore = starting.restored(left, starting.snapshot(left.document()), null);
        assertTrue(restore.handle((done, failed) -> failed != null).get(10, TimeUnit.SECONDS), "the failure is told");
        assertTrue(Files.exists(crashed.journalledDocument()), "so the crashed journal stays");
        assertEquals(1, leftBehind(session()).size(), "and is offered again");
    }

    @Test
    void aJournalLeftByAnEarlierVersionIsOfferedAndDiscardingTakesItsBackupToo() throws Exception {
        Path recovery = dir.resolve("recovery");
        Files.createDirectories(recovery);
        // As versions before sessions left it: one journal straight in the folder, and a backup of an earlier one.
        JournalFiles.write(recovery, edited(session(), "From before."), dir.resolve("strategy.md"), null,
                (target, text) -> Files.writeString(target, text));
        Files.writeString(recovery.resolve("document.json.bak"), edited(session(), "Older still."));
        RecoveryJournal starting = session();
        var left = leftBehind(starting);
        assertEquals(1, left.size());
        assertEquals("From before.", left.get(0).document().getOverview().getVision());
        starting.discard(left.get(0)).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), recoveryFolder());
    }

    @Test
    void aBackupAnEarlierVersionLeftAfterAQuitIsRemoved() throws Exception {
        Path recovery = dir.resolve("recovery");
        Files.createDirectories(recovery);
        Files.writeString(recovery.resolve("document.json.bak"), edited(session(), "A whole strategy."));
        assertEquals(List.of(), leftBehind(session()));
        assertEquals(List.of(), recoveryFolder());
    }

    @Test
    void aJournalThatCannotBeReadIsLeftWhereItIs() throws Exception {
        RecoveryJournal crashed = session();
        crashed.unsaved(edited(crashed, "Cut."), null).get(10, TimeUnit.SECONDS);
        crashed.leaveAsACrashWould().get(10, TimeUnit.SECONDS);
        Files.writeString(crashed.journalledDocument(), "{\"schemaVersion\":1, cut sh");
        assertEquals(List.of(), leftBehind(session()), "nothing to offer");
        assertTrue(Files.exists(crashed.journalledDocument()), "but never deleted unseen");
    }

    @Test
    void aLockFileWhoseFolderWasNeverMadeIsCleared() throws Exception {
        Path recovery = dir.resolve("recovery");
        Files.createDirectories(recovery);
        Files.createFile(recovery.resolve("session-killed-before-its-folder.lock"));
        assertEquals(List.of(), leftBehind(session()));
        assertEquals(List.of(), recoveryFolder());
    }

    @Test
    void theDefaultFolderIsInTheHomeUnlessNamed() {
        String named = System.getProperty("strategyworkbook.recovery");
        try {
            System.clearProperty("strategyworkbook.recovery");
            assertEquals(Path.of(System.getProperty("user.home"), ".strategy-workbook", "recovery"),
                    RecoveryJournal.defaultFolder());
            System.setProperty("strategyworkbook.recovery", dir.toString());
            assertEquals(dir, RecoveryJournal.defaultFolder());
        } finally {
            if (named == null) {
                System.clearProperty("strategyworkbook.recovery");
            } else {
                System.setProperty("strategyworkbook.recovery", named);
            }
        }
    }
}
