package app.strategyworkbook.session;

import app.strategyworkbook.background.Background;
import app.strategyworkbook.check.Finding;
import app.strategyworkbook.check.StrategyChecks;
import app.strategyworkbook.edit.DocumentWatcher;
import app.strategyworkbook.edit.Typing;
import app.strategyworkbook.edit.Workbook;
import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.recovery.RecoveryJournal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the user does with strategy files: new, open, save, save as, close, quit, reload, and the questions these ask
 * (unsaved changes, a file changed on disk, edits a crash left behind). Plain Java: it asks through {@link Prompts},
 * does its disk work on lanes of {@link Background}, and hands each document to show to the window, which only shows.
 * Every method is called on the thread that owns the document (the FX thread in the app).
 */
public final class Session {
    /** Unsaved edits are journalled this long after the last change (and at once when the window loses focus). */
    static final long JOURNAL_DELAY_MILLIS = 2000;

    private final Workbook workbook;
    private final StrategyFiles files;
    private final RecoveryJournal journal;
    private final RecentFiles recent;
    private final Prompts prompts;
    private final Executor ui;
    private final Clock clock;
    private final ExecutorService disk = Background.lane("strategy-files");
    private final ScheduledExecutorService timer = Background.timer("journal-timer");
    private ScheduledFuture<?> journalSoon;
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private Consumer<Prepared> show = prepared -> { };

    /**
     * A document made ready to show: its changes recorded and its checks run. A file's is made ready in the
     * background while it is read, as this takes a noticeable part of a second for a strategy of thousands of risks.
     */
    public record Prepared(StrategyDocument document, DocumentWatcher watcher, List<Finding> findings) {
    }

    /**
     * @param ui runs work on the thread that owns the document: the answers of background work come back there
     */
    public Session(Workbook workbook, StrategyFiles files, RecoveryJournal journal, RecentFiles recent,
                   Prompts prompts, Executor ui, Clock clock) {
        this.workbook = workbook;
        this.files = files;
        this.journal = journal;
        this.recent = recent;
        this.prompts = prompts;
        this.ui = ui;
        this.clock = clock;
        workbook.history().changesProperty().addListener((obs, was, is) -> journalSoon());
        workbook.typingProperty().addListener((obs, was, is) -> journalSoon());
    }

    public Workbook workbook() {
        return workbook;
    }

    public RecentFiles recent() {
        return recent;
    }

    /** The journal of this session's unsaved edits. */
    public RecoveryJournal journal() {
        return journal;
    }

    /** What is being done in the background ("Saving plan.md…"), or "" when nothing is. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** The last thing done that the user should hear of ("Exported 12 slides as …"); "" once a new edit comes. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Says {@code text} until the next edit, as a notice. */
    public void tell(String text) {
        notice.set(text);
    }

    /** The window shows each document the session opens, makes or restores through {@code show}. */
    public void onShow(Consumer<Prepared> show) {
        this.show = show;
    }

    /** Readies {@code doc} to be shown: on any thread, while the document is not yet shown. */
    public Prepared prepare(StrategyDocument doc) {
        return new Prepared(doc, workbook.watch(doc), new StrategyChecks().check(doc, LocalDate.now(clock)));
    }

    private void show(Prepared ready, Path path, FileFormat format, boolean crlf) {
        workbook.show(ready.document(), ready.watcher(), path, format, crlf);
        notice.set("");
        show.accept(ready);
        // Another document, saved or new: the unsaved edits of the last one were saved, or not wanted.
        journalSoon();
    }

    // Starting.

    /**
     * Offers the edits crashed sessions left unsaved, then shows a new strategy from {@code template} (unless edits
     * were restored, or a document is shown already, as one dropped on the window while it came up), then opens
     * {@code file} (if any, and unless edits were restored). The journals are read in the background, so the start
     * waits on no disk but the listing of the recovery folder. The question comes before any document: behind it the
     * window shows its bars alone, not a new, blank strategy that the user could take for their work lost.
     */
    public CompletableFuture<Void> start(Path file, Supplier<StrategyDocument> template) {
        CompletableFuture<Void> started = new CompletableFuture<>();
        journal.leftBehind().whenComplete((left, failed) -> ui.execute(() ->
                offerRecovery(left == null ? List.of() : left).whenComplete((restored, problem) -> {
                    boolean wasRestored = Boolean.TRUE.equals(restored);
                    if (!wasRestored && workbook.document() == null) {
                        show(prepare(template.get()), null, FileFormat.MARKDOWN, false);
                    }
                    if (!wasRestored && file != null) {
                        open(file).whenComplete((done, notOpened) -> started.complete(null));
                    } else {
                        started.complete(null);
                    }
                })));
        return started;
    }

    // Crash recovery: journalled a moment after each change, and when the window loses focus.

    private void journalSoon() {
        notice.set("");
        if (journalSoon != null) {
            journalSoon.cancel(false);
        }
        journalSoon = timer.schedule(() -> ui.execute(this::journalNow), JOURNAL_DELAY_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** The window lost the keyboard (the user went to another program): the journal is written at once. */
    public void windowLostFocus() {
        journalNow();
    }

    /** Journals the unsaved edits (the snapshot made here, where the model is owned), or says nothing is unsaved. */
    private void journalNow() {
        if (journalSoon != null) {
            journalSoon.cancel(false);
        }
        if (workbook.document() == null) {
            return;
        }
        Typing typing = workbook.typing();
        if (!workbook.history().isUnsaved() && typing == null) {
            journal.nothingUnsaved();
            return;
        }
        String snapshot = journal.snapshot(workbook.document());
        if (typing != null) {
            snapshot = withTyping(snapshot, typing);
        }
        journal.unsaved(snapshot, workbook.file(), workbook.diskStamp())
                .whenComplete((written, failed) -> notJournalled(failed));
    }

    /** The snapshot with the typing of the cell being edited put into it, as if the cell had been left. */
    private String withTyping(String snapshot, Typing typing) {
        try {
            StrategyDocument copy = app.strategyworkbook.format.json.JsonStrategyFormat.shared().read(snapshot);
            typing.into(workbook.document(), copy);
            return journal.snapshot(copy);
        } catch (StrategyFormatException | RuntimeException notPlaced) {
            return snapshot; // the edits so far are journalled still; the cell's typing goes in when it is left
        }
    }

    private void notJournalled(Throwable failed) {
        if (failed != null) {
            ui.execute(() -> notice.set("Unsaved changes could not be kept for recovery: " + failed.getMessage()));
        }
    }

    /**
     * Offers the edits sessions left unsaved when they ended without a clean quit (a crash, a kill), the newest first,
     * until one is restored; the ones not offered then are offered at the next start. True if one was restored.
     */
    private CompletableFuture<Boolean> offerRecovery(List<RecoveryJournal.Left> left) {
        CompletableFuture<Boolean> restored = CompletableFuture.completedFuture(false);
        boolean chosen = false;
        for (RecoveryJournal.Left entry : left) {
            if (chosen) {
                journal.offerLater(entry);
                continue;
            }
            String name = entry.file() == null ? "a new strategy" : entry.file().getFileName().toString();
            chosen = prompts.restore(name, entry.written());
            if (chosen) {
                // A restore that failed (its error said so) leaves no document: a new one is shown instead.
                restored = restore(entry).thenApply(done -> workbook.document() != null);
            } else {
                journal.discard(entry);
            }
        }
        return restored;
    }

    /** A file's stamp that no file on disk has: a save over it asks first, as after a change by someone else. */
    private static final StrategyFiles.DiskStamp NOT_KNOWN = new StrategyFiles.DiskStamp(-1, -1);

    /**
     * Shows the edits {@code entry} journalled, unsaved. Saving them over their file asks first if the file changed on
     * disk since the edits were made (or when that is not known). Where the file is still as the edits found it, they
     * are put into the file as read from disk, so the save changes only what was edited, as a save before the crash
     * would have.
     */
    private CompletableFuture<Void> restore(RecoveryJournal.Left entry) {
        Path file = entry.file();
        FileFormat format = file == null ? FileFormat.MARKDOWN : FileFormat.of(file).orElse(FileFormat.MARKDOWN);
        StrategyFiles.Opened[] onDisk = new StrategyFiles.Opened[1];
        return run("Restoring the unsaved changes…", () -> {
            onDisk[0] = asTheEditsFoundIt(entry, format);
            return prepare(onDisk[0] != null ? onDisk[0].document() : entry.document());
        }, ready -> {
            show(ready, file, format, onDisk[0] != null && onDisk[0].crlf());
            workbook.origin(onDisk[0] != null ? onDisk[0].origin() : null);
            workbook.diskStamp(file == null ? null : entry.basedOn() != null ? entry.basedOn() : NOT_KNOWN);
            workbook.history().markUnsaved();
            // Journalled as this session's before the crashed session's journal goes.
            journal.restored(entry, journal.snapshot(workbook.document()), file)
                    .whenComplete((written, failed) -> notJournalled(failed));
        }, "The unsaved changes could not be restored");
    }

    /**
     * The Markdown file the edits of {@code entry} were made to, read from disk with the edits put into it, when it is
     * still as they found it and they go into it exactly; else null (the edits are then written whole, as a new
     * document's are).
     */
    private StrategyFiles.Opened asTheEditsFoundIt(RecoveryJournal.Left entry, FileFormat format) {
        Path file = entry.file();
        if (file == null || format != FileFormat.MARKDOWN || entry.basedOn() == null
                || !entry.basedOn().equals(StrategyFiles.stamp(file))) {
            return null;
        }
        try {
            StrategyFiles.Opened opened = files.open(file);
            app.strategyworkbook.template.CopyInto.copy(entry.document(), opened.document());
            String edits = files.text(entry.document(), FileFormat.JSON, false);
            return edits.equals(files.text(opened.document(), FileFormat.JSON, false)) ? opened : null;
        } catch (StrategyFormatException unreadable) {
            return null;
        }
    }

    // The file commands.

    public void newDocument() {
        whenSafeToLeave(() -> show(prepare(files.newDocument()), null, FileFormat.MARKDOWN, false));
    }

    /** Closes the strategy: a new one from the template takes its place, as a window is never empty. */
    public void close() {
        newDocument();
    }

    /**
     * Quits once nothing unsaved can be lost: leaving on purpose, what was not saved was not wanted, so the journal
     * goes before {@code exit} runs (a disk that does not answer holds the quit up for 5 seconds at most).
     */
    public void quit(Runnable exit) {
        whenSafeToLeave(() -> {
            if (journalSoon != null) {
                journalSoon.cancel(false);
            }
            journal.closeCleanly().orTimeout(5, TimeUnit.SECONDS)
                    .whenComplete((closed, failed) -> ui.execute(exit));
        });
    }

    /** Asks which file to open (after unsaved changes), and opens it. */
    public void chooseAndOpen() {
        whenSafeToLeave(() -> prompts.fileToOpen(folder()).ifPresent(this::read));
    }

    /** Opens {@code file}, asking first about unsaved changes. */
    public CompletableFuture<Void> open(Path file) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        boolean went = whenSafeToLeave(() -> read(file).whenComplete((ok, failed) -> done.complete(null)));
        if (!went) {
            done.complete(null);
        }
        return done;
    }

    /**
     * Opens the first Markdown or JSON file of those dropped on the window (after the drop has finished, since it may
     * ask about unsaved changes); false when none of them is one.
     */
    public boolean openDropped(List<Path> dropped) {
        var strategy = dropped.stream().filter(p -> FileFormat.of(p).isPresent()).findFirst();
        strategy.ifPresent(p -> ui.execute(() -> open(p)));
        return strategy.isPresent();
    }

    /** Opens the example strategy the app carries, as a new document. */
    public void openExample() {
        whenSafeToLeave(() -> {
            try (InputStream in = Session.class.getResourceAsStream("/app/strategyworkbook/example-strategy.md")) {
                show(prepare(files.read(in.readAllBytes(), FileFormat.MARKDOWN).document()), null,
                        FileFormat.MARKDOWN, false);
            } catch (IOException | StrategyFormatException e) {
                prompts.error("The example strategy could not be opened", e.getMessage());
            }
        });
    }

    private CompletableFuture<Void> read(Path file) {
        StrategyFiles.DiskStamp[] stamp = new StrategyFiles.DiskStamp[1];
        StrategyFiles.Opened[] opened = new StrategyFiles.Opened[1];
        return run("Opening " + file.getFileName() + "…", () -> {
            opened[0] = files.open(file);
            stamp[0] = StrategyFiles.stamp(file);
            return prepare(opened[0].document());
        }, ready -> {
            show(ready, file, opened[0].format(), opened[0].crlf());
            workbook.origin(opened[0].origin());
            workbook.diskStamp(stamp[0]);
            recent.add(file);
            // A colleague's file written its own way: say how much of it was understood, until the first edit.
            opened[0].recognition().message().ifPresent(this::tell);
        }, "This file could not be opened");
    }

    /** Their version (read from disk, stamped {@code stamp}) replaces mine; unsaved edits only if the user says so. */
    public void reload(StrategyFiles.Opened theirs, StrategyFiles.DiskStamp stamp) {
        if (workbook.history().isUnsaved() && !prompts.reloadLosingChanges(workbook.nameBinding().get())) {
            return;
        }
        show(prepare(theirs.document()), workbook.file(), theirs.format(), theirs.crlf());
        workbook.origin(theirs.origin());
        workbook.diskStamp(stamp);
    }

    public CompletableFuture<Void> save() {
        return save(null);
    }

    public void saveAs() {
        saveAs(null);
    }

    /** Saves to {@code target} as Save As does after its dialog. */
    public CompletableFuture<Void> saveTo(Path target) {
        return write(target, null, false);
    }

    /** Saves, then runs {@code after} once the file is safely written (not if saving failed or was cancelled). */
    private CompletableFuture<Void> save(Runnable after) {
        if (workbook.file() == null) {
            saveAs(after);
            return CompletableFuture.completedFuture(null);
        }
        return write(workbook.file(), after, false);
    }

    private void saveAs(Runnable after) {
        Path current = workbook.file();
        prompts.fileToSaveAs(folder(), current == null ? "strategy.md" : current.getFileName().toString())
                .ifPresent(target -> write(target, after, false));
    }

    private Path folder() {
        Path file = workbook.file();
        return file == null ? null : file.toAbsolutePath().getParent();
    }

    /** A save that found its file changed on disk since it was opened or saved here. */
    private static final class ChangedOnDisk extends Exception {
        ChangedOnDisk() {
            super(null, null, false, false);
        }
    }

    /**
     * Saves in the background. Over the document's own file, a file changed on disk since it was opened or saved here
     * is never overwritten without asking ({@code overwrite} is the user's answer).
     */
    private CompletableFuture<Void> write(Path target, Runnable after, boolean overwrite) {
        // The text is made here, on the thread that owns the model; only the disk work runs in the background.
        FileFormat format = FileFormat.of(target).orElse(FileFormat.MARKDOWN);
        String text = files.text(workbook.document(), format, workbook.crlf(), workbook.origin());
        boolean ownFile = target.equals(workbook.file());
        var known = workbook.diskStamp();
        StrategyFiles.DiskStamp[] stamp = new StrategyFiles.DiskStamp[1];
        return run("Saving " + target.getFileName() + "…", () -> {
            var now = StrategyFiles.stamp(target);
            if (ownFile && !overwrite && known != null && now != null && !now.equals(known)) {
                throw new ChangedOnDisk();
            }
            StrategyFiles.writeAtomically(target, StrategyFiles.Kind.STRATEGY, text);
            stamp[0] = StrategyFiles.stamp(target);
            return target;
        }, saved -> {
            workbook.saved(saved);
            workbook.diskStamp(stamp[0]);
            recent.add(saved);
            journalNow(); // nothing is unsaved now, unless typing went on while the file was written
            if (after != null) {
                after.run();
            }
        }, "The strategy was not saved", problem -> {
            if (problem instanceof ChangedOnDisk) {
                switch (prompts.changedOnDisk(target.getFileName().toString())) {
                    case OVERWRITE -> write(target, after, true);
                    case SAVE_AS -> saveAs(after);
                    default -> { }
                }
                return true;
            }
            return false;
        });
    }

    /**
     * Runs {@code next} once nothing unsaved can be lost: at once when all is saved, else after the user chose Save
     * (and the save succeeded) or Don't Save. Cancel runs nothing. False when {@code next} will not run.
     */
    private boolean whenSafeToLeave(Runnable next) {
        if (!workbook.history().isUnsaved()) {
            next.run();
            return true;
        }
        switch (prompts.saveChanges(workbook.nameBinding().get())) {
            case SAVE -> {
                save(next);
                return true;
            }
            case DONT_SAVE -> {
                next.run();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * Does {@code work} on the files' lane while {@link #activityProperty} says {@code doing}; then {@code done} with
     * its result on the document's thread. A failure is said in one sentence under {@code failure}.
     */
    public <T> CompletableFuture<Void> run(String doing, Callable<T> work, Consumer<T> done, String failure) {
        return run(doing, work, done, failure, problem -> false);
    }

    /** As above; {@code handled} may answer a failure itself (true) instead of the error. */
    private <T> CompletableFuture<Void> run(String doing, Callable<T> work, Consumer<T> done, String failure,
                                            java.util.function.Predicate<Throwable> handled) {
        activity.set(doing);
        CompletableFuture<Void> finished = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, disk).whenComplete((result, failed) -> ui.execute(() -> {
            activity.set("");
            try {
                if (failed == null) {
                    done.accept(result);
                } else {
                    Throwable problem = failed instanceof CompletionException && failed.getCause() != null
                            ? failed.getCause() : failed;
                    if (!handled.test(problem)) {
                        prompts.error(failure, problem instanceof StrategyFormatException ? problem.getMessage()
                                : "Something went wrong: " + problem);
                    }
                }
            } finally {
                finished.complete(null);
            }
        }));
        return finished;
    }
}
