package app.strategyworkbook.recovery;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/** Folders and files only their owner can read: a journal holds a whole strategy nobody has saved yet. */
final class OwnerOnly {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    /** Makes {@code folder} and the folders above it that are missing (an existing one keeps its permissions). */
    static void createDirectories(Path folder) throws IOException {
        Files.createDirectories(folder, folderAttributes());
    }

    static void createDirectory(Path folder) throws IOException {
        Files.createDirectory(folder, folderAttributes());
    }

    /** rw------- where the file system has POSIX permissions; elsewhere the folder's own rules (a profile folder). */
    static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
    }

    private static FileAttribute<?>[] folderAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------"))} : new FileAttribute<?>[0];
    }
}
