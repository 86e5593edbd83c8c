package app.strategyworkbook.files;

import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.format.markdown.Recognition;
import app.strategyworkbook.format.json.JsonStrategyFormat;
import app.strategyworkbook.format.markdown.MarkdownOrigin;
import app.strategyworkbook.format.markdown.MarkdownStrategyFormat;
import app.strategyworkbook.model.StrategyDocument;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Opening and saving strategy files, and the one place every file the app writes is written. Every failure is a
 * {@link StrategyFormatException} whose message is one sentence naming the file and what is wrong. Saving is atomic:
 * the new text goes to a temporary file in the same folder, is flushed to disk, and then replaces the target in one
 * move, so a failed save never leaves a half-written file. The version it replaces is kept beside it as
 * {@code name.md.bak}. A file saved over keeps its permissions, and a new one gets those any editor would give it.
 */
public final class StrategyFiles {
    /** The largest file opened: far above any real strategy, low enough that a wrong file cannot exhaust memory. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    /**
     * The most lines a Markdown file may have. Commonmark's tree costs about a kilobyte a line for a file of short
     * list items, so this keeps a hostile file to a few hundred megabytes; a strategy of thousands of risks has
     * tens of thousands of lines.
     */
    public static final int MAX_MARKDOWN_LINES = 200_000;

    private static final String TEMPLATE = "/app/strategyworkbook/company-strategy-template.md";

    /**
     * Made on first use, as {@link JsonStrategyFormat#shared()} is: the window makes its StrategyFiles while the
     * template is read on another thread, and would otherwise wait on that thread's loading of the Markdown format.
     */
    private static final class Markdown {
        static final MarkdownStrategyFormat FORMAT = new MarkdownStrategyFormat();
    }
    private final ReadStep readStep;

    /** The step that takes a file's bytes off the disk; a test swaps it for one that races another writer. */
    @FunctionalInterface
    interface ReadStep {
        byte[] read(Path file) throws IOException;
    }

    public StrategyFiles() {
        this(Files::readAllBytes);
    }

    StrategyFiles(ReadStep readStep) {
        this.readStep = readStep;
    }

    /**
     * A document as opened, with what is needed to save it back the same way, and how much of the file was understood
     * (any readable Markdown opens: what the reader could not place is kept as written, and said).
     */
    public record Opened(StrategyDocument document, FileFormat format, boolean crlf, MarkdownOrigin origin,
                         Recognition recognition) {
    }

    /** A new document: the blank Company Strategy template. */
    public StrategyDocument newDocument() {
        try (InputStream in = StrategyFiles.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("The template is missing from the application: " + TEMPLATE);
            }
            return Markdown.FORMAT.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("The template could not be read from the application", e);
        }
    }

    public Opened open(Path file) throws StrategyFormatException {
        FileFormat format = formatOf(file, "open");
        byte[] bytes = readBytes(file);
        try {
            return read(bytes, format);
        } catch (StrategyFormatException e) {
            throw cannot("open", file, e.getMessage(), e.line(), e);
        }
    }

    /**
     * Reads a strategy from the bytes of a file in {@code format}. Every way the bytes can be wrong ends in a
     * {@link StrategyFormatException} whose message says why (without the file's name, which the caller adds); no
     * other exception comes out of here, which the fuzz tests hold it to.
     */
    public Opened read(byte[] bytes, FileFormat format) throws StrategyFormatException {
        if (format == FileFormat.JSON) {
            return new Opened(readJson(bytes), format, false, null, Recognition.WHOLE);
        }
        String text = decode(bytes);
        if (lineCount(text) > MAX_MARKDOWN_LINES) {
            throw new StrategyFormatException(String.format(java.util.Locale.ROOT, "it has more than %,d lines, far "
                    + "more than any strategy, and reading it could exhaust the memory", MAX_MARKDOWN_LINES));
        }
        // The reader is told of a byte-order mark, so that a save gives it back.
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        // Any readable text opens, whatever its shape: what the reader cannot place is kept as written, and the
        // recognition says how much that was. Only bytes are refused (binary, not UTF-8, too large).
        MarkdownStrategyFormat.Reading reading = Markdown.FORMAT.readWithDetails(bom ? "\uFEFF" + text : text);
        return new Opened(reading.document(), format, reading.crlf(), reading.origin(), reading.recognition());
    }

    /**
     * JSON goes to Jackson's byte parser as it stands (a byte-order mark included): decoding 20 MB to text first
     * would cost more than the parse. Only when Jackson cannot read it are the bytes checked as text, so that a
     * binary or non-UTF-8 file gets the same sentence as in Markdown.
     */
    private static StrategyDocument readJson(byte[] bytes) throws StrategyFormatException {
        if (bytes.length > MAX_BYTES) {
            decode(bytes); // says how large it is
        }
        int i = 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        if (i == bytes.length) {
            throw new StrategyFormatException("it is empty");
        }
        try {
            return JsonStrategyFormat.shared().read(bytes);
        } catch (StrategyFormatException notJson) {
            decode(bytes); // a binary or non-UTF-8 file is said to be one
            throw notJson;
        }
    }

    /** The document's text in {@code format}. */
    public String text(StrategyDocument doc, FileFormat format, boolean crlf) {
        return text(doc, format, crlf, null);
    }

    /**
     * The document's text in {@code format}. In Markdown, a document read from a Markdown file ({@code origin}) is
     * written as that file with only the edits made since (a source-preserving save); a new one, or one from JSON, in
     * the template's shape.
     */
    public String text(StrategyDocument doc, FileFormat format, boolean crlf, MarkdownOrigin origin) {
        if (format == FileFormat.MARKDOWN && origin != null) {
            return Markdown.FORMAT.write(doc, crlf, origin);
        }
        return format == FileFormat.JSON ? JsonStrategyFormat.shared().write(doc) : Markdown.FORMAT.write(doc, crlf);
    }

    /** Saves in the format the file name says, atomically. */
    public void save(StrategyDocument doc, Path file, boolean crlf) throws StrategyFormatException {
        FileFormat format = formatOf(file, "save");
        writeAtomically(file, Kind.STRATEGY, text(doc, format, crlf));
    }

    /** Saves an opened document in the format the file name says: Markdown from Markdown keeps the file's text. */
    public void save(Opened opened, Path file) throws StrategyFormatException {
        FileFormat format = formatOf(file, "save");
        writeAtomically(file, Kind.STRATEGY, text(opened.document(), format, opened.crlf(), opened.origin()));
    }

    /** What a file is written as, which decides who may read it when it is new and whether a replaced one is kept. */
    public enum Kind {
        /** A strategy the user saves: new, it is made as any editor makes a file; the version it replaces is kept. */
        STRATEGY(false, true),
        /** A file exported for the user, a PDF or a picture: made as a strategy is, with no backup. */
        EXPORT(false, false),
        /**
         * The app's own record of private work, the crash-recovery journal in the user's home: new, only its owner
         * may read it; the version it replaces is kept, as for a strategy.
         */
        PRIVATE(true, true);

        private final boolean ownerOnly;
        private final boolean keepsBackup;

        Kind(boolean ownerOnly, boolean keepsBackup) {
            this.ownerOnly = ownerOnly;
            this.keepsBackup = keepsBackup;
        }
    }

    /** Writes {@code text} as UTF-8, atomically; see {@link #writeAtomically(Path, Kind, Content)}. */
    public static void writeAtomically(Path file, Kind kind, String text) throws StrategyFormatException {
        write(file, kind, channel -> writeAll(channel, StandardCharsets.UTF_8.encode(text)));
    }

    /** What a file holds, written to a stream: a PDF, a picture. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file atomically: the content goes to a temporary file beside it, is flushed to disk, and then replaces
     * the file in one move, so a failed write never leaves a half-written file. A file replaced keeps its mode bits
     * and, where the user may set it, its group; a new one is made as {@code kind} says. Every failure is one
     * sentence naming the file.
     */
    public static void writeAtomically(Path file, Kind kind, Content content) throws StrategyFormatException {
        write(file, kind, channel -> {
            // Some writers (PDFBox) close the stream they are given; the channel must stay open to be flushed to disk.
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            content.writeTo(out);
            out.flush();
        });
    }

    /** The step that puts a save's bytes into the temporary file; a test swaps it to fail midway. */
    @FunctionalInterface
    interface WriteStep {
        void write(FileChannel channel, ByteBuffer bytes) throws IOException;
    }

    private static void writeAll(FileChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    static void writeAtomically(Path file, String text, WriteStep step) throws StrategyFormatException {
        write(file, Kind.STRATEGY, channel -> step.write(channel, StandardCharsets.UTF_8.encode(text)));
    }

    /** Puts a file's content into the temporary file's open channel. */
    @FunctionalInterface
    private interface Writing {
        void write(FileChannel channel) throws IOException;
    }

    private static void write(Path file, Kind kind, Writing writing) throws StrategyFormatException {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            // A link (a strategy linked into a shared folder) stays a link: the file it points to is the one saved,
            // with its backup beside it, as every editor does.
            if (Files.isSymbolicLink(target) && Files.exists(target)) {
                target = target.toRealPath();
            }
            if (Files.isDirectory(target)) {
                throw cannot("save", file, "it is a folder", -1, null);
            }
            boolean replacing = Files.exists(target);
            Optional<PosixFileAttributes> replaced = replacing ? FilePermissions.of(target) : Optional.empty();
            // Text that is to take the permissions of the file it replaces is written where only its owner can read
            // it until it has them: the file replaced may be more private than a new file would be.
            temp = beside(target, ".saving", kind.ownerOnly || replacing);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                writing.write(channel);
                channel.force(true);
            }
            if (replacing && kind.keepsBackup) {
                // The version being replaced stays beside it as name.md.bak, one save back. It is copied under a
                // temporary name and moved into place, so a save killed while copying never leaves a cut backup.
                Path copy = beside(target, ".bak-saving", true);
                try {
                    Files.copy(target, copy, StandardCopyOption.REPLACE_EXISTING);
                    replaced.ifPresent(permissions -> FilePermissions.copy(permissions, copy));
                    moveIntoPlace(copy, backupOf(target));
                } finally {
                    Files.deleteIfExists(copy);
                }
            }
            Path written = temp;
            replaced.ifPresent(permissions -> FilePermissions.copy(permissions, written));
            moveIntoPlace(temp, target);
            temp = null;
        } catch (NoSuchFileException e) {
            throw cannot("save", file, "its folder does not exist", -1, e);
        } catch (AccessDeniedException e) {
            throw cannot("save", file, "permission to write there was denied", -1, e);
        } catch (IOException e) {
            throw cannot("save", file, "the disk reported an error (" + e.getMessage() + ")", -1, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The original is untouched either way; a stray temporary file is all that can remain.
                }
            }
        }
    }

    /**
     * A new, empty file beside {@code target}, hidden by a leading dot and named so that no other save uses it. Made
     * here rather than by {@link Files#createTempFile}, which always makes it readable by its owner only.
     */
    private static Path beside(Path target, String suffix, boolean ownerOnly) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path temp = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + suffix);
            try {
                FilePermissions.createNew(temp, ownerOnly).close();
                return temp;
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 100) {
                    throw taken;
                }
            }
        }
    }

    /** Replaces {@code target} with {@code source} in one step where the file system can (all the usual ones can). */
    private static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** What a file on disk was like when it was opened or saved: a later difference means someone else changed it. */
    public record DiskStamp(long size, long modified) {
    }

    /** The file's stamp now, or null when it does not exist. */
    public static DiskStamp stamp(Path file) {
        try {
            return new DiskStamp(Files.size(file), Files.getLastModifiedTime(file).toMillis());
        } catch (IOException gone) {
            return null;
        }
    }

    /** Where the previous version of {@code file} is kept: beside it, with ".bak" added to its name. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    private static FileFormat formatOf(Path file, String verb) throws StrategyFormatException {
        return FileFormat.of(file).orElseThrow(() -> cannot(verb, file,
                "Strategy Workbook " + verb + "s Markdown (.md, .markdown) and JSON (.json) files", -1, null));
    }

    /** How often a file that keeps changing while it is read is read again before giving up. */
    private static final int READ_ATTEMPTS = 3;

    private byte[] readBytes(Path file) throws StrategyFormatException {
        try {
            if (Files.isDirectory(file)) {
                throw cannot("open", file, "it is a folder", -1, null);
            }
            for (int attempt = 1; ; attempt++) {
                DiskStamp before = stamp(file);
                long size = Files.size(file);
                if (size > MAX_BYTES) {
                    throw cannot("open", file, "it is " + megabytes(size) + ", larger than the "
                            + megabytes(MAX_BYTES) + " a strategy file may be", -1, null);
                }
                byte[] bytes = readStep.read(file);
                if (bytes.length > MAX_BYTES) {
                    throw cannot("open", file, "it grew beyond " + megabytes(MAX_BYTES)
                            + " while it was being read", -1, null);
                }
                // A file another program is writing can be caught half-written: read it again until it holds still.
                DiskStamp after = stamp(file);
                if (before != null && before.equals(after) && after.size() == bytes.length) {
                    return bytes;
                }
                if (attempt == READ_ATTEMPTS) {
                    throw cannot("open", file, "it kept changing while it was being read; open it again once the "
                            + "program writing it has finished", -1, null);
                }
            }
        } catch (NoSuchFileException e) {
            throw cannot("open", file, "there is no such file", -1, e);
        } catch (AccessDeniedException e) {
            throw cannot("open", file, "permission to read it was denied", -1, e);
        } catch (IOException e) {
            throw cannot("open", file, "it could not be read (" + e.getMessage() + ")", -1, e);
        }
    }

    /** The bytes as text: UTF-8, with a leading byte-order mark dropped (it is not part of the text). */
    private static String decode(byte[] bytes) throws StrategyFormatException {
        if (bytes.length > MAX_BYTES) {
            throw new StrategyFormatException("it is " + megabytes(bytes.length) + ", larger than the "
                    + megabytes(MAX_BYTES) + " a strategy file may be");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new StrategyFormatException("it is not a text file (it holds binary data)");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = lineAt(bytes, firstInvalidUtf8(bytes));
            throw new StrategyFormatException("it is not UTF-8 text (an invalid byte stands on line " + line
                    + "); save it as UTF-8 and open it again", line, e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new StrategyFormatException("it is empty");
        }
        return text;
    }

    private static int lineCount(String text) {
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        return lines;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static int lineAt(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024) + " MB";
    }

    private static StrategyFormatException cannot(String verb, Path file, String why, int line, Throwable cause) {
        String where = line > 0 && !why.contains("line") ? " (line " + line + ")" : "";
        return new StrategyFormatException("Cannot " + verb + " " + file + ": " + why + where + ".", line, cause);
    }
}
