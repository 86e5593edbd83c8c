package app.strategyworkbook.recovery;

import app.strategyworkbook.background.Background;
import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.json.JsonStrategyFormat;
import app.strategyworkbook.model.StrategyDocument;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One window's unsaved edits, kept in the user's application-data folder so that a crash or a kill loses nothing.
 * Each window journals into a folder of its own in the recovery folder ({@code session-…}) and holds an OS lock on
 * the lock file beside it ({@code session-….lock}) for as long as it runs; a start offers only journals whose lock nobody
 * holds, the ones a crash or a kill left, never a running window's.
 *
 * <p>The window says what is so: there are unsaved edits (here they are), nothing is unsaved, it is closing. Every
 * disk step runs on this journal's one thread, in the order it was asked for, so a discard is never overtaken by a
 * write asked for before it. Plain Java: the window decides when.
 */
public final class RecoveryJournal {
    private static final String SESSION = "session-";
    private static final String LOCK = ".lock";
    /** Taken while the journal an earlier version kept straight in the recovery folder is offered. */
    private static final String EARLIER_VERSION_LOCK = "earlier-version.lock";

    private final Path recovery;
    private final JournalFiles.WriteStep step;
    /** One thread, taking the steps in the order they were asked for; it ends when idle and comes back when asked. */
    private final ExecutorService disk = Background.lane("recovery-journal");
    /** This window's folder; its name is chosen now, the folder made at the first write. */
    private volatile Path session;
    // The rest is touched on the disk thread only.
    private SessionLock lock;
    private boolean ended;

    public RecoveryJournal(Path folder) {
        this(folder, JournalFiles::writeAtomically);
    }

    RecoveryJournal(Path folder, JournalFiles.WriteStep step) {
        this.recovery = folder.toAbsolutePath();
        this.step = step;
        this.session = newSessionFolder();
    }

    /** The usual place: a folder in the user's home, or the one named by -Dstrategyworkbook.recovery. */
    public static Path defaultFolder() {
        String chosen = System.getProperty("strategyworkbook.recovery");
        return chosen != null ? Path.of(chosen)
                : Path.of(System.getProperty("user.home"), ".strategy-workbook", "recovery");
    }

    /** The document's JSON, made where the model is owned (the FX thread); the disk work comes after, elsewhere. */
    public String snapshot(StrategyDocument doc) {
        return JsonStrategyFormat.shared().write(doc);
    }

    /** The document has unsaved edits: journals them (the snapshot and its file, null for a new strategy). */
    public CompletableFuture<Void> unsaved(String documentJson, Path file) {
        return unsaved(documentJson, file, null);
    }

    /** The same, for edits made to {@code file} as it was on disk when stamped {@code basedOn}. */
    public CompletableFuture<Void> unsaved(String documentJson, Path file, StrategyFiles.DiskStamp basedOn) {
        return onDisk(() -> {
            if (!ended) {
                JournalFiles.write(ownFolder(), documentJson, file, basedOn, step);
            }
            return null;
        });
    }

    /** Nothing is unsaved any more (saved, or undone back to the saved state): the journal goes. */
    public CompletableFuture<Void> nothingUnsaved() {
        return onDisk(() -> {
            if (!ended && lock != null) {
                JournalFiles.delete(session);
            }
            return null;
        });
    }

    /**
     * The window is closing on purpose, so what was not saved was not wanted: the journal, its folder and its lock
     * file go, and nothing asked for after this writes again.
     */
    public CompletableFuture<Void> closeCleanly() {
        return onDisk(() -> {
            if (!ended) {
                ended = true;
                if (lock != null) {
                    SessionLock held = lock;
                    lock = null;
                    try {
                        JournalFiles.deleteFolder(session);
                    } finally {
                        held.releaseAndDelete();
                    }
                }
            }
            return null;
        });
    }

    /**
     * What a crash leaves: the lock goes, the journal stays, and nothing asked for after this writes. For tests,
     * which cannot kill the JVM they run in.
     */
    public CompletableFuture<Void> leaveAsACrashWould() {
        return onDisk(() -> {
            ended = true;
            if (lock != null) {
                lock.release();
                lock = null;
            }
            return null;
        });
    }

    /**
     * The journals that sessions which ended without a clean quit left, newest first. Each is taken (its lock held)
     * until it is restored, discarded or offered later, so no other start offers it meanwhile. On the way, folders a
     * crash left with nothing journalled are removed.
     */
    public CompletableFuture<List<Left>> leftBehind() {
        return onDisk(() -> {
            List<Left> left = new ArrayList<>();
            if (!Files.isDirectory(recovery)) {
                return left;
            }
            leftByAnEarlierVersion(left);
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> all = Files.newDirectoryStream(recovery, SESSION + "*")) {
                all.forEach(entries::add);
            }
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry)) {
                    leftIn(entry, left);
                } else if (name.endsWith(LOCK) && !Files.exists(folderOf(entry))) {
                    removeStrayLock(entry);
                }
            }
            left.sort(Comparator.comparing(Left::written).reversed());
            return left;
        });
    }

    /** The user restored {@code left}: its edits become this window's, journalled here before its old journal goes. */
    public CompletableFuture<Void> restored(Left left, String documentJson, Path file) {
        return onDisk(() -> {
            try {
                if (ended) {
                    throw new IOException("the window has closed");
                }
                JournalFiles.write(ownFolder(), documentJson, file, left.basedOn(), step);
            } catch (IOException e) {
                left.claim.release(); // not journalled here, so the old journal stays, to be offered again
                throw e;
            }
            try {
                left.remove();
            } catch (IOException notRemoved) {
                // Offered once more at the next start; the edits are journalled here too, so nothing is lost.
            }
            return null;
        });
    }

    /** The user declined to restore {@code left}: its journal goes. */
    public CompletableFuture<Void> discard(Left left) {
        return onDisk(() -> {
            left.remove();
            return null;
        });
    }

    /** {@code left} was not offered this time (another was restored): it stays, for the next start to offer. */
    public CompletableFuture<Void> offerLater(Left left) {
        return onDisk(() -> {
            left.claim.release();
            return null;
        });
    }

    /** Where this window's journal keeps the document (there only while something is unsaved). */
    public Path journalledDocument() {
        return session.resolve(JournalFiles.DOCUMENT);
    }

    /** Every journalled document in {@code recovery}, running windows' and crashed ones' alike: for tests. */
    public static List<Path> journalledDocuments(Path recovery) throws IOException {
        List<Path> documents = new ArrayList<>();
        if (JournalFiles.holdsDocument(recovery)) {
            documents.add(recovery.resolve(JournalFiles.DOCUMENT));
        }
        if (Files.isDirectory(recovery)) {
            try (DirectoryStream<Path> all = Files.newDirectoryStream(recovery, SESSION + "*")) {
                for (Path entry : all) {
                    if (JournalFiles.holdsDocument(entry)) {
                        documents.add(entry.resolve(JournalFiles.DOCUMENT));
                    }
                }
            }
        }
        return documents;
    }

    /** A journal a session left when it ended without a clean quit, taken by this start to offer it. */
    public static final class Left {
        private final JournalFiles.Journalled journalled;
        private final Path folder;
        private final SessionLock claim;
        private final boolean earlierVersion;

        private Left(JournalFiles.Journalled journalled, Path folder, SessionLock claim, boolean earlierVersion) {
            this.journalled = journalled;
            this.folder = folder;
            this.claim = claim;
            this.earlierVersion = earlierVersion;
        }

        public StrategyDocument document() {
            return journalled.document();
        }

        /** The strategy's file; null for a new strategy. */
        public Path file() {
            return journalled.file();
        }

        /** The stamp of the file on disk the edits were made to; null when not known. */
        public StrategyFiles.DiskStamp basedOn() {
            return journalled.basedOn();
        }

        /** When its last edit was journalled. */
        public Instant written() {
            return journalled.written();
        }

        /** Where it is journalled. */
        public Path journalledDocument() {
            return folder.resolve(JournalFiles.DOCUMENT);
        }

        private void remove() throws IOException {
            try {
                if (earlierVersion) {
                    removeEarlierVersions(folder);
                } else {
                    JournalFiles.deleteFolder(folder);
                }
            } finally {
                claim.releaseAndDelete();
            }
        }
    }

    // On the disk thread.

    private <T> CompletableFuture<T> onDisk(Callable<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        disk.execute(() -> {
            try {
                done.complete(work.call());
            } catch (Throwable failed) {
                done.completeExceptionally(failed);
            }
        });
        return done;
    }

    private Path newSessionFolder() {
        return recovery.resolve(SESSION + UUID.randomUUID());
    }

    private static Path lockOf(Path sessionFolder) {
        return sessionFolder.resolveSibling(sessionFolder.getFileName() + LOCK);
    }

    private static Path folderOf(Path lockFile) {
        String name = lockFile.getFileName().toString();
        return lockFile.resolveSibling(name.substring(0, name.length() - LOCK.length()));
    }

    /**
     * This window's folder, made at its first write: the lock first, then the folder, so that a start looking for
     * crashed sessions never finds this folder without its lock held.
     */
    private Path ownFolder() throws IOException {
        for (int tries = 0; lock == null; tries++) {
            OwnerOnly.createDirectories(recovery);
            SessionLock taken;
            try {
                taken = SessionLock.take(lockOf(session), true);
            } catch (FileAlreadyExistsException e) {
                taken = null;
            }
            // A start clearing stray lock files may have taken and deleted it between its making and its locking.
            if (taken != null && !Files.exists(taken.file())) {
                taken.release();
                taken = null;
            }
            if (taken == null) {
                if (tries == 3) {
                    throw new IOException("the recovery folder's lock files could not be made");
                }
                session = newSessionFolder();
                continue;
            }
            lock = taken;
        }
        if (!Files.isDirectory(session)) { // made now, or gone because someone emptied the recovery folder
            OwnerOnly.createDirectory(session);
        }
        return session;
    }

    /** Takes the journal in {@code folder} if its session is over; removes the folder if nothing is journalled. */
    private static void leftIn(Path folder, List<Left> left) {
        SessionLock claim;
        try {
            claim = SessionLock.take(lockOf(folder), false);
        } catch (IOException unlockable) {
            return; // offered when it can be looked at; never removed unseen
        }
        if (claim == null) {
            return; // its window is running
        }
        try {
            if (!JournalFiles.holdsDocument(folder)) {
                // Nothing unsaved when it ended, or its first write was cut short: there is nothing to offer.
                try {
                    JournalFiles.deleteFolder(folder);
                } finally {
                    claim.releaseAndDelete();
                }
                return;
            }
            var journalled = JournalFiles.read(folder);
            if (journalled.isPresent()) {
                left.add(new Left(journalled.get(), folder, claim, false));
            } else {
                claim.release(); // unreadable: left where it is for a person to look at, never deleted
            }
        } catch (IOException | RuntimeException e) {
            claim.release();
        }
    }

    /** A lock file whose folder was never made (or already removed): the session it stood for is over. */
    private static void removeStrayLock(Path lockFile) {
        try {
            SessionLock stray = SessionLock.take(lockFile, false);
            if (stray != null) {
                if (Files.exists(folderOf(lockFile))) {
                    stray.release(); // made meanwhile: a running window's, or the next start's to look at
                } else {
                    stray.releaseAndDelete();
                }
            }
        } catch (IOException ignored) {
            // A few bytes left for the next start.
        }
    }

    /**
     * Versions before this one kept one journal straight in the recovery folder, and after a clean quit left its
     * {@code document.json.bak} there. A journal of theirs is offered like any other; a backup alone is removed.
     */
    private void leftByAnEarlierVersion(List<Left> left) {
        Path backup = recovery.resolve(JournalFiles.DOCUMENT + ".bak");
        if (!JournalFiles.holdsDocument(recovery) && !Files.exists(backup)) {
            return;
        }
        try {
            SessionLock claim = SessionLock.take(recovery.resolve(EARLIER_VERSION_LOCK), false);
            if (claim == null) {
                return;
            }
            var journalled = JournalFiles.holdsDocument(recovery) ? JournalFiles.read(recovery)
                    : java.util.Optional.<JournalFiles.Journalled>empty();
            if (journalled.isPresent()) {
                left.add(new Left(journalled.get(), recovery, claim, true));
            } else if (!JournalFiles.holdsDocument(recovery)) {
                try {
                    removeEarlierVersions(recovery);
                } finally {
                    claim.releaseAndDelete();
                }
            } else {
                claim.release();
            }
        } catch (IOException ignored) {
            // Looked at again at the next start.
        }
    }

    private static void removeEarlierVersions(Path recovery) throws IOException {
        JournalFiles.delete(recovery);
        Files.deleteIfExists(recovery.resolve(JournalFiles.DOCUMENT + ".bak"));
    }
}
