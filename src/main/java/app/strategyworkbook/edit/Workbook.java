package app.strategyworkbook.edit;

import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.model.StrategyDocument;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The strategy that is open: its document, the file it came from (none for a new one), the format and line endings to
 * save it in, and its edit history. Plain Java: the window shows it, and reads and writes files off its own thread.
 */
public final class Workbook {
    private final ObjectProperty<StrategyDocument> document = new SimpleObjectProperty<>(this, "document");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ObjectProperty<FileFormat> format = new SimpleObjectProperty<>(this, "format", FileFormat.MARKDOWN);
    private final EditHistory history = new EditHistory();
    /** Typing in a cell that is still being edited and differs from what the cell held; null if none. */
    private final ObjectProperty<Typing> typing = new SimpleObjectProperty<>(this, "typing");
    /** Unsaved edits, or typing not yet kept: what the title and the status show as changed. */
    private final BooleanBinding changed = Bindings.createBooleanBinding(
            () -> history.isUnsaved() || typing.get() != null, history.unsavedProperty(), typing);
    private boolean crlf;
    /** The Markdown file the document was read from, for a save that changes only what was edited; null if none. */
    private app.strategyworkbook.format.markdown.MarkdownOrigin origin;
    /** The file as it was on disk when opened or last saved; a different one now means it changed outside. */
    private StrategyFiles.DiskStamp diskStamp;
    private DocumentWatcher watcher;

    /**
     * Readies {@code doc} to be shown: from then on its changes go into this workbook's history. On any thread, while
     * the document is not yet shown; for a strategy of thousands of risks this takes a while.
     */
    public DocumentWatcher watch(StrategyDocument doc) {
        return new DocumentWatcher(doc, history);
    }

    /** Shows {@code doc} as opened from {@code path} (null for a new strategy), with a fresh history. */
    public void show(StrategyDocument doc, Path path, FileFormat fileFormat, boolean windowsLineEndings) {
        show(doc, watch(doc), path, fileFormat, windowsLineEndings);
    }

    /** The same, for a document readied with {@link #watch}. */
    public void show(StrategyDocument doc, DocumentWatcher watching, Path path, FileFormat fileFormat,
                     boolean windowsLineEndings) {
        if (watcher != null) {
            watcher.close();
        }
        history.clear();
        watcher = watching;
        crlf = windowsLineEndings;
        origin = null;
        file.set(path);
        format.set(fileFormat);
        document.set(doc);
    }

    /** The file was saved as {@code path}: it is now this document's file, and nothing is unsaved. */
    public void saved(Path path) {
        file.set(path);
        FileFormat.of(path).ifPresent(format::set);
        history.markSaved();
    }

    public StrategyDocument document() {
        return document.get();
    }

    public ReadOnlyObjectProperty<StrategyDocument> documentProperty() {
        return document;
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyObjectProperty<FileFormat> formatProperty() {
        return format;
    }

    public boolean crlf() {
        return crlf;
    }

    /** The Markdown file the document was read from, or null for a new document, JSON, or restored edits. */
    public app.strategyworkbook.format.markdown.MarkdownOrigin origin() {
        return origin;
    }

    /** The document shown was read from this Markdown file. */
    public void origin(app.strategyworkbook.format.markdown.MarkdownOrigin readFrom) {
        origin = readFrom;
    }

    public StrategyFiles.DiskStamp diskStamp() {
        return diskStamp;
    }

    public void diskStamp(StrategyFiles.DiskStamp stamp) {
        diskStamp = stamp;
    }

    public EditHistory history() {
        return history;
    }

    /** Typing in a cell not yet kept in the document: journalled with the unsaved edits, shown as changed. */
    public ObjectProperty<Typing> typingProperty() {
        return typing;
    }

    public Typing typing() {
        return typing.get();
    }

    /** Whether the user has changed anything not saved: an edit, or typing in a cell still being edited. */
    public BooleanBinding changedBinding() {
        return changed;
    }

    /** The file's name, or "New strategy". */
    public StringBinding nameBinding() {
        return Bindings.createStringBinding(() -> file.get() == null ? "New strategy"
                : file.get().getFileName().toString(), file);
    }

    /** "example.md - Strategy Workbook", with a leading "• " while there are unsaved changes. */
    public StringBinding windowTitle() {
        return Bindings.createStringBinding(() -> (changed.get() ? "• " : "") + nameBinding().get()
                + " - Strategy Workbook", file, changed);
    }
}
