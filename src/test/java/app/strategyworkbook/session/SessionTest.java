package app.strategyworkbook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.edit.Workbook;
import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.recovery.RecoveryJournal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file commands without a window: the session asks its questions through a script of answers, and every step
 * runs on one thread standing in for the window's, as the FX thread does in the app.
 */
class SessionTest {
    private static final String PREFS = "app/strategyworkbook/test-session";

    @TempDir
    Path dir;

    /** The thread that owns the document, as the FX thread does in the app. */
    private final ExecutorService owner = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-owner"));
    private final Script prompts = new Script();
    private Session session;
    private Workbook workbook;
    private Path strategy;

    /** The user's answers, given in order; every question asked is noted. */
    private static final class Script implements Prompts {
        final Deque<Object> answers = new ArrayDeque<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public Unsaved saveChanges(String name) {
            asked.add("save changes to " + name);
            return (Unsaved) answers.remove();
        }

        @Override
        public Optional<Path> fileToOpen(Path folder) {
            asked.add("open");
            return Optional.ofNullable((Path) answers.remove());
        }

        @Override
        public Optional<Path> fileToSaveAs(Path folder, String name) {
            asked.add("save as " + name);
            return Optional.ofNullable((Path) answers.remove());
        }

        @Override
        public Conflict changedOnDisk(String name) {
            asked.add(name + " changed on disk");
            return (Conflict) answers.remove();
        }

        @Override
        public boolean reloadLosingChanges(String name) {
            asked.add("reload " + name);
            return (Boolean) answers.remove();
        }

        @Override
        public boolean restore(String name, Instant lastEdit) {
            asked.add("restore " + name);
            return (Boolean) answers.remove();
        }

        @Override
        public void error(String header, String sentence) {
            asked.add(header + ": " + sentence);
        }
    }

    @BeforeEach
    void start() throws Exception {
        strategy = dir.resolve("strategy.md");
        Files.copy(Path.of("samples/example-strategy.md"), strategy);
        workbook = new Workbook();
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);
        session = new Session(workbook, new StrategyFiles(), new RecoveryJournal(dir.resolve("recovery")),
                new RecentFiles(PREFS), prompts, owner, clock);
        onOwner(() -> session.start(strategy, () -> new StrategyFiles().newDocument())).get(20, TimeUnit.SECONDS);
        assertEquals(strategy, workbook.file());
    }

    @AfterEach
    void stop() throws Exception {
        onOwner(() -> session.journal().closeCleanly()).get(10, TimeUnit.SECONDS);
        owner.shutdownNow();
        Preferences.userRoot().node(PREFS).removeNode();
    }

    /** Runs {@code step} on the owner thread and gives its result. */
    private <T> T onOwner(Callable<T> step) throws Exception {
        return owner.submit(step).get(20, TimeUnit.SECONDS);
    }

    private void edit(String vision) throws Exception {
        onOwner(() -> {
            workbook.document().getOverview().setVision(vision);
            return null;
        });
    }

    /** Waits for what the owner thread has been given, and the background work it started, to be done. */
    private void settle() throws Exception {
        for (int i = 0; i < 50; i++) {
            Future<String> activity = owner.submit(() -> session.activityProperty().get());
            if (activity.get(20, TimeUnit.SECONDS).isEmpty()) {
                onOwner(() -> null);
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the session was still busy: " + session.activityProperty().get());
    }

    @Test
    void newAsksBeforeUnsavedChangesGoAndCancelKeepsThem() throws Exception {
        edit("Ours.");
        prompts.answers.add(Prompts.Unsaved.CANCEL);
        onOwner(() -> {
            session.newDocument();
            return null;
        });
        assertEquals(List.of("save changes to strategy.md"), prompts.asked);
        assertEquals("Ours.", workbook.document().getOverview().getVision());
        assertEquals(strategy, workbook.file());
        prompts.answers.add(Prompts.Unsaved.DONT_SAVE);
        onOwner(() -> {
            session.newDocument();
            return null;
        });
        assertNull(workbook.file(), "a new strategy");
        assertEquals("", workbook.document().getOverview().getVision());
        assertFalse(Files.readString(strategy).contains("Ours."), "nothing was saved");
    }

    @Test
    void saveFirstWritesTheEditsThenOpensTheOtherFile() throws Exception {
        edit("Kept.");
        Path other = dir.resolve("other.json");
        Files.copy(Path.of("samples/example-strategy.json"), other);
        prompts.answers.add(Prompts.Unsaved.SAVE);
        onOwner(() -> session.open(other)).get(20, TimeUnit.SECONDS);
        settle();
        assertTrue(Files.readString(strategy).contains("Kept."), "saved before leaving");
        assertEquals(other, workbook.file());
        assertFalse(workbook.history().isUnsaved());
    }

    @Test
    void saveAndSaveAsToMarkdownChangeOnlyTheEditedLinesAndNewAndJsonGetTheTemplatesShape() throws Exception {
        String before = Files.readString(strategy);
        edit("A vision typed in the window.");
        onOwner(session::save).get(20, TimeUnit.SECONDS);
        settle();
        var saved = com.github.difflib.DiffUtils.diff(before.lines().toList(),
                Files.readString(strategy).lines().toList()).getDeltas();
        assertEquals(1, saved.size(), saved.toString());
        edit("A second vision.");
        Path copy = dir.resolve("copy.md");
        onOwner(() -> session.saveTo(copy)).get(20, TimeUnit.SECONDS);
        settle();
        var savedAs = com.github.difflib.DiffUtils.diff(before.lines().toList(),
                Files.readString(copy).lines().toList()).getDeltas();
        assertEquals(1, savedAs.size(), "Save As to Markdown splices too: " + savedAs);
        assertEquals(List.of("A second vision."), savedAs.get(0).getTarget().getLines());

        onOwner(() -> {
            session.newDocument();
            return null;
        });
        settle();
        Path fresh = dir.resolve("fresh.md");
        onOwner(() -> session.saveTo(fresh)).get(20, TimeUnit.SECONDS);
        settle();
        assertTrue(Files.readString(fresh).contains("[One sentence: Why does this company exist?]"),
                "a new strategy is written in the template's full shape, with its placeholders");
    }

    @Test
    void aFileWrittenItsOwnWayOpensSayingHowMuchWasRecognisedUntilTheFirstEdit() throws Exception {
        assertEquals("", onOwner(() -> session.noticeProperty().get()), "the example is understood whole");
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, "# Board notes\n\n## Mission\n\nOurs.\n\n## Lunch\n\nSoup.\n\n## Parking\n\nNone.\n");
        onOwner(() -> session.open(notes)).get(20, TimeUnit.SECONDS);
        settle();
        assertEquals(notes, workbook.file());
        assertEquals("Ours.", workbook.document().getOverview().getMission());
        assertEquals("1 of 3 sections recognised; the rest is kept as written: Lunch, Parking",
                onOwner(() -> session.noticeProperty().get()));
        edit("Ours too.");
        assertEquals("", onOwner(() -> session.noticeProperty().get()), "gone with the first edit");
    }

    @Test
    void aFileThatCannotBeOpenedIsSaidInOneSentenceAndTheDocumentStays() throws Exception {
        edit("Mine.");
        onOwner(() -> {
            workbook.history().markSaved();
            return null;
        });
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 1, \"overview\": ");
        onOwner(() -> session.open(broken)).get(20, TimeUnit.SECONDS);
        assertEquals(1, prompts.asked.size(), prompts.asked.toString());
        assertTrue(prompts.asked.get(0).startsWith("This file could not be opened: Cannot open " + broken
                + ": it is not valid JSON"), prompts.asked.get(0));
        assertEquals("Mine.", workbook.document().getOverview().getVision());
        assertEquals(strategy, workbook.file());
    }

    @Test
    void savingOverAFileChangedOnDiskAsksAndCancelLeavesTheirsOverwriteKeepsTheirsAsTheBackup() throws Exception {
        String theirs = Files.readString(strategy).replace("Maya Chen, CEO", "Maya Chen, CEO (board)");
        Files.writeString(strategy, theirs);
        Files.setLastModifiedTime(strategy, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() + 2000));
        edit("Mine.");
        prompts.answers.add(Prompts.Conflict.CANCEL);
        onOwner(session::save).get(20, TimeUnit.SECONDS);
        assertEquals(List.of("strategy.md changed on disk"), prompts.asked);
        assertEquals(theirs, Files.readString(strategy), "not overwritten");
        assertTrue(workbook.history().isUnsaved());
        prompts.answers.add(Prompts.Conflict.OVERWRITE);
        onOwner(session::save).get(20, TimeUnit.SECONDS);
        settle();
        assertTrue(Files.readString(strategy).contains("Mine."));
        assertEquals(theirs, Files.readString(StrategyFiles.backupOf(strategy)));
        assertFalse(workbook.history().isUnsaved());
        onOwner(session::save).get(20, TimeUnit.SECONDS);
        assertEquals(2, prompts.asked.size(), "a file saved here is not 'changed': " + prompts.asked);
    }

    @Test
    void aNewStrategyIsSavedWhereTheUserSays() throws Exception {
        onOwner(() -> {
            session.newDocument();
            return null;
        });
        edit("Fresh.");
        Path chosen = dir.resolve("fresh.md");
        prompts.answers.add(chosen);
        onOwner(session::save).get(20, TimeUnit.SECONDS);
        settle();
        assertEquals(List.of("save as strategy.md"), prompts.asked);
        assertEquals(chosen, workbook.file());
        assertTrue(Files.readString(chosen).contains("Fresh."));
    }

    @Test
    void reloadAsksBeforeReplacingUnsavedEdits() throws Exception {
        edit("Mine.");
        var theirs = new StrategyFiles().open(Path.of("samples/example-strategy.md"));
        prompts.answers.add(false);
        onOwner(() -> {
            session.reload(theirs, StrategyFiles.stamp(strategy));
            return null;
        });
        assertEquals("Mine.", workbook.document().getOverview().getVision(), "declined");
        prompts.answers.add(true);
        onOwner(() -> {
            session.reload(theirs, StrategyFiles.stamp(strategy));
            return null;
        });
        assertTrue(workbook.document().getOverview().getVision().startsWith("Every developer"));
        assertFalse(workbook.history().isUnsaved());
        assertEquals(List.of("reload strategy.md", "reload strategy.md"), prompts.asked);
    }

    @Test
    void editsAreJournalledAMomentAfterTheLastChangeAndQuitLeavesNoJournal() throws Exception {
        edit("Journalled.");
        Path recovery = dir.resolve("recovery");
        long deadline = System.currentTimeMillis() + 10_000;
        while (!journalHolds(recovery, "Journalled.") && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(journalHolds(recovery, "Journalled."), "journalled without a save");
        prompts.answers.add(Prompts.Unsaved.DONT_SAVE);
        boolean[] exited = new boolean[1];
        onOwner(() -> {
            session.quit(() -> exited[0] = true);
            return null;
        });
        deadline = System.currentTimeMillis() + 10_000;
        while (!onOwner(() -> exited[0]) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(onOwner(() -> exited[0]), "quit ran the exit");
        try (var left = Files.walk(recovery)) {
            assertEquals(List.of(recovery), left.toList(), "a clean quit leaves nothing to offer");
        }
    }

    private static boolean journalHolds(Path recovery, String text) throws Exception {
        if (!Files.exists(recovery)) {
            return false;
        }
        try (var files = Files.walk(recovery)) {
            for (Path p : files.filter(p -> p.getFileName().toString().equals("document.json")).toList()) {
                if (Files.readString(p).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aCrashedSessionsEditsAreOfferedAndRestoredUnsaved() throws Exception {
        edit("Before the crash.");
        Path recovery = dir.resolve("recovery");
        long deadline = System.currentTimeMillis() + 10_000;
        while (!journalHolds(recovery, "Before the crash.") && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        onOwner(() -> session.journal().leaveAsACrashWould()).get(10, TimeUnit.SECONDS);

        Workbook next = new Workbook();
        Session again = new Session(next, new StrategyFiles(), new RecoveryJournal(recovery), new RecentFiles(PREFS),
                prompts, owner, Clock.systemUTC());
        prompts.answers.add(true);
        onOwner(() -> again.start(null, () -> new StrategyFiles().newDocument())).get(20, TimeUnit.SECONDS);
        assertEquals(List.of("restore strategy.md"), prompts.asked);
        assertEquals("Before the crash.", next.document().getOverview().getVision());
        assertTrue(next.history().isUnsaved(), "restored edits are unsaved");
        assertEquals(strategy.toAbsolutePath(), next.file().toAbsolutePath());
        onOwner(() -> again.journal().closeCleanly()).get(10, TimeUnit.SECONDS);
    }

    /** Edits, crashes with them unsaved, and starts again; {@code meanwhile} runs between the crash and the start. */
    private Session crashAndRestore(String vision, Workbook next, Callable<Void> meanwhile) throws Exception {
        edit(vision);
        Path recovery = dir.resolve("recovery");
        long deadline = System.currentTimeMillis() + 10_000;
        while (!journalHolds(recovery, vision) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        onOwner(() -> session.journal().leaveAsACrashWould()).get(10, TimeUnit.SECONDS);
        meanwhile.call();
        Session again = new Session(next, new StrategyFiles(), new RecoveryJournal(recovery), new RecentFiles(PREFS),
                prompts, owner, Clock.systemUTC());
        prompts.answers.add(true);
        onOwner(() -> again.start(null, () -> new StrategyFiles().newDocument())).get(20, TimeUnit.SECONDS);
        return again;
    }

    @Test
    void aRestoredEditIsSavedIntoTheFileChangingOnlyItsOwnLine() throws Exception {
        String before = Files.readString(strategy);
        Workbook next = new Workbook();
        Session again = crashAndRestore("Restored after the crash.", next, () -> null);
        onOwner(again::save).get(20, TimeUnit.SECONDS);
        long deadline = System.currentTimeMillis() + 10_000;
        while (!Files.readString(strategy).contains("Restored after the crash.")
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        var changes = com.github.difflib.DiffUtils.diff(before.lines().toList(),
                Files.readString(strategy).lines().toList()).getDeltas();
        assertEquals(1, changes.size(), changes.toString());
        assertEquals(List.of("Restored after the crash."), changes.get(0).getTarget().getLines());
        assertEquals(List.of("restore strategy.md"), prompts.asked, "nothing else asked");
        onOwner(() -> again.journal().closeCleanly()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aRestoredEditIsNotSavedOverAColleaguesChangeWithoutAsking() throws Exception {
        String theirs = Files.readString(strategy).replace("Maya Chen, CEO", "Maya Chen, CEO (board)");
        Workbook next = new Workbook();
        Session again = crashAndRestore("Mine, from before the crash.", next, () -> {
            Files.writeString(strategy, theirs);
            Files.setLastModifiedTime(strategy, java.nio.file.attribute.FileTime.fromMillis(
                    System.currentTimeMillis() + 2000));
            return null;
        });
        assertEquals("Mine, from before the crash.", next.document().getOverview().getVision());
        prompts.answers.add(Prompts.Conflict.CANCEL);
        onOwner(again::save).get(20, TimeUnit.SECONDS);
        assertEquals(List.of("restore strategy.md", "strategy.md changed on disk"), prompts.asked);
        assertEquals(theirs, Files.readString(strategy), "their change is not overwritten");
        assertTrue(next.history().isUnsaved(), "mine are still there, unsaved");
        onOwner(() -> again.journal().closeCleanly()).get(10, TimeUnit.SECONDS);
    }
}
