package app.strategyworkbook.recovery;

import app.strategyworkbook.format.StrategyFiles;
import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.format.json.JsonStrategyFormat;
import app.strategyworkbook.model.StrategyDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * Unsaved edits kept in the user's application-data folder, so a crash or a kill loses nothing: the document as JSON
 * (the app's own exact format) and which file it belongs to. The next start offers them back. Plain Java: the window
 * decides when to write it.
 */
public final class RecoveryJournal {
    private final Path folder;

    /** What a journal holds: the edited document, its file (null for a new one) and when it was written. */
    public record Entry(StrategyDocument document, Path file, Instant written) {
    }

    public RecoveryJournal(Path folder) {
        this.folder = folder;
    }

    /** The usual place: a folder in the user's home, or the one named by -Dstrategyworkbook.recovery. */
    public static Path defaultFolder() {
        String chosen = System.getProperty("strategyworkbook.recovery");
        return chosen != null ? Path.of(chosen)
                : Path.of(System.getProperty("user.home"), ".strategy-workbook", "recovery");
    }

    /** The document's JSON, made where the model is owned (the FX thread); writing it can happen anywhere. */
    public String snapshot(StrategyDocument doc) {
        return JsonStrategyFormat.shared().write(doc);
    }

    /**
     * Writes the journal, each file atomically: first the note naming the file and the time, then the document. A
     * kill between the two leaves a whole note beside the previous whole document (or none), so what is offered is
     * always a document that was journalled; the other order could leave a first document with no note, never
     * offered.
     */
    public void write(String documentJson, Path file) throws IOException {
        Files.createDirectories(folder);
        Properties about = new Properties();
        about.setProperty("file", file == null ? "" : file.toAbsolutePath().toString());
        about.setProperty("written", Instant.now().toString());
        Path temp = Files.createTempFile(folder, "about", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            about.store(out, "Strategy Workbook: unsaved changes");
        }
        Files.move(temp, folder.resolve("about.properties"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        try {
            StrategyFiles.writeAtomically(folder.resolve("document.json"), documentJson);
        } catch (StrategyFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The journal left by a session that did not end cleanly, if any and if it can be read. */
    public Optional<Entry> read() {
        Path document = folder.resolve("document.json");
        Path aboutFile = folder.resolve("about.properties");
        if (!Files.exists(document) || !Files.exists(aboutFile)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(aboutFile)) {
            Properties about = new Properties();
            about.load(in);
            String file = about.getProperty("file", "");
            StrategyDocument doc = JsonStrategyFormat.shared().read(Files.readAllBytes(document));
            return Optional.of(new Entry(doc, file.isEmpty() ? null : Path.of(file),
                    Instant.parse(about.getProperty("written", Instant.EPOCH.toString()))));
        } catch (IOException | StrategyFormatException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Nothing is unsaved any more (saved, or the user declined to restore). */
    public void discard() {
        try {
            Files.deleteIfExists(folder.resolve("about.properties"));
            Files.deleteIfExists(folder.resolve("document.json"));
        } catch (IOException ignored) {
            // A journal that cannot be removed is offered once more at the next start; nothing is lost.
        }
    }
}
