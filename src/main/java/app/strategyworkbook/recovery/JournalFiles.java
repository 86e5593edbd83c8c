package app.strategyworkbook.recovery;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.format.json.JsonStrategyFormat;
import app.strategyworkbook.model.StrategyDocument;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * The files of one journal in its folder: a note naming the strategy's file and the time of the edit, and the
 * document as JSON (the app's own exact format).
 */
final class JournalFiles {
    static final String NOTE = "about.properties";
    static final String DOCUMENT = "document.json";

    /** Puts one file of a journal in place, whole; a test swaps it for one that waits. */
    @FunctionalInterface
    interface WriteStep {
        void write(Path target, String text) throws IOException;
    }

    /**
     * What a journal holds: the edited document, its file (null for a new strategy), when it was written, and the
     * stamp of the file on disk the edits were made to (null when not known: a new strategy, or an earlier version's
     * journal).
     */
    record Journalled(StrategyDocument document, Path file, Instant written, StrategyFiles.DiskStamp basedOn) {
    }

    private JournalFiles() {
    }

    /**
     * Writes the journal, each file whole: first the note, then the document. A kill between the two leaves a whole
     * note beside the previous whole document (or none), so what is offered is always a document that was
     * journalled; the other order could leave a first document with no note, never offered.
     */
    static void write(Path folder, String documentJson, Path file, StrategyFiles.DiskStamp basedOn, WriteStep step)
            throws IOException {
        Properties about = new Properties();
        about.setProperty("file", file == null ? "" : file.toAbsolutePath().toString());
        about.setProperty("written", Instant.now().toString());
        if (basedOn != null) {
            // The file as the edits found it: a save after a restore asks first if someone changed it since.
            about.setProperty("fileSize", Long.toString(basedOn.size()));
            about.setProperty("fileModified", Long.toString(basedOn.modified()));
        }
        StringWriter note = new StringWriter();
        about.store(note, "Strategy Workbook: unsaved changes");
        step.write(folder.resolve(NOTE), note.toString());
        step.write(folder.resolve(DOCUMENT), documentJson);
    }

    /**
     * A temporary file beside the target, flushed to disk and moved over it in one step. Unlike a save, it keeps no
     * backup: the journal is replaced every few seconds, and a stray copy of a private strategy is a leak.
     */
    static void writeAtomically(Path target, String text) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".saving",
                OwnerOnly.fileAttributes());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                var bytes = StandardCharsets.UTF_8.encode(text);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Whether a document was ever journalled whole here (a note alone is the start of a first write, cut short). */
    static boolean holdsDocument(Path folder) {
        return Files.exists(folder.resolve(DOCUMENT));
    }

    /** The journal in {@code folder}; nothing if it cannot be read. */
    static Optional<Journalled> read(Path folder) {
        try (Reader in = Files.newBufferedReader(folder.resolve(NOTE), StandardCharsets.UTF_8)) {
            Properties about = new Properties();
            about.load(in);
            String file = about.getProperty("file", "");
            StrategyDocument doc = JsonStrategyFormat.shared().read(Files.readAllBytes(folder.resolve(DOCUMENT)));
            String size = about.getProperty("fileSize");
            String modified = about.getProperty("fileModified");
            StrategyFiles.DiskStamp basedOn = size == null || modified == null ? null
                    : new StrategyFiles.DiskStamp(Long.parseLong(size), Long.parseLong(modified));
            return Optional.of(new Journalled(doc, file.isEmpty() ? null : Path.of(file),
                    Instant.parse(about.getProperty("written", Instant.EPOCH.toString())), basedOn));
        } catch (IOException | StrategyFormatException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Deletes the journal: the document first, so that a kill halfway leaves a note alone, which reads as nothing
     * journalled, never a document without its note, which could not be offered and would stay.
     */
    static void delete(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(DOCUMENT));
        Files.deleteIfExists(folder.resolve(NOTE));
    }

    /** Deletes the journal, anything else in its folder (a temporary file a kill left) and the folder. */
    static void deleteFolder(Path folder) throws IOException {
        try {
            delete(folder);
            try (DirectoryStream<Path> rest = Files.newDirectoryStream(folder)) {
                for (Path file : rest) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        } catch (NoSuchFileException gone) {
            // Already removed, by the session itself or another start.
        }
    }
}
