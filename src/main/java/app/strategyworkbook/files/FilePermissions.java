package app.strategyworkbook.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Who may read and write a file the app writes, on file systems with POSIX permissions (Linux, macOS). A file a save
 * replaces passes its mode bits and group on to the new one; a new file gets what any editor would give it, the
 * permissions the user's umask leaves. Where the file system has no POSIX permissions (Windows, a FAT drive), nothing
 * here changes anything.
 */
final class FilePermissions {
    private static final Set<OpenOption> CREATE_NEW = Set.of(StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
    private static final FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private FilePermissions() {
    }

    /** The permissions of {@code file}; nothing when it does not exist or its file system has no POSIX permissions. */
    static Optional<PosixFileAttributes> of(Path file) throws IOException {
        if (!posix(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAttributes(file, PosixFileAttributes.class));
        } catch (NoSuchFileException | UnsupportedOperationException gone) {
            return Optional.empty();
        }
    }

    /**
     * Makes {@code file}, which must not exist yet, and opens it for writing. With {@code ownerOnly} only its owner may
     * read it (0600); otherwise it is made as any editor makes a file, with no permissions asked for, so that the
     * operating system applies the user's umask (0644 under umask 022) and any default ACL of the folder.
     */
    static FileChannel createNew(Path file, boolean ownerOnly) throws IOException {
        if (ownerOnly && posix(file.getParent())) {
            return FileChannel.open(file, CREATE_NEW, OWNER_ONLY);
        }
        return FileChannel.open(file, CREATE_NEW);
    }

    /**
     * Gives {@code file} the group and mode bits of {@code like}: the group first, as changing it may clear mode bits.
     * A group the user may not give (one they are not a member of) is left as it is: that never fails a save.
     */
    static void copy(PosixFileAttributes like, Path file) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            if (!view.readAttributes().group().equals(like.group())) {
                view.setGroup(like.group());
            }
        } catch (IOException | UnsupportedOperationException notAllowed) {
            // Only the file's group could not be kept: the save itself is what matters.
        }
        try {
            view.setPermissions(like.permissions());
        } catch (IOException | UnsupportedOperationException fixedByTheFileSystem) {
            // Mode bits fixed by the file system (a CIFS or FAT mount gives every file the mount's own): nothing to
            // keep there, and the file we just made is ours, so this fails nowhere else.
        }
    }

    /** Whether the file system holding {@code path} keeps POSIX permissions. */
    private static boolean posix(Path path) throws IOException {
        try {
            return Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class);
        } catch (NoSuchFileException gone) {
            return false;
        }
    }
}
