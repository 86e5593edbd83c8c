package app.strategyworkbook.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Real file modes for the permission tests, which are skipped where the file system has none (Windows). */
public final class FileModes {
    private FileModes() {
    }

    /** Skips the test unless {@code folder} keeps POSIX permissions. */
    public static void assumePosix(Path folder) throws IOException {
        Assumptions.assumeTrue(Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class),
                "the file system has no POSIX permissions");
    }

    /** The mode of {@code file} as {@code ls -l} shows it, "rw-r--r--". */
    public static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    public static void setMode(Path file, String mode) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    }

    /**
     * The mode a plain new file gets in {@code folder} under this process's umask, as any program makes one: Java has
     * no umask to ask, so a file is made and looked at.
     */
    public static String newFileMode(Path folder) throws IOException {
        Path probe = folder.resolve(".umask-probe");
        try (OutputStream out = Files.newOutputStream(probe)) {
            out.write('x');
        }
        try {
            return mode(probe);
        } finally {
            Files.delete(probe);
        }
    }

    /** The group of {@code file}. */
    public static GroupPrincipal group(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.PosixFileAttributes.class).group();
    }

    /**
     * Gives {@code file} a group other than the one it has, when this user may (root may give any; another user only
     * a group they belong to besides their first); nothing when none can be given.
     */
    public static Optional<GroupPrincipal> giveAnotherGroup(Path file) {
        var lookup = file.getFileSystem().getUserPrincipalLookupService();
        java.util.List<String> names = new java.util.ArrayList<>(myGroups());
        names.addAll(java.util.List.of("users", "staff", "adm", "daemon", "nogroup"));
        for (String name : names) {
            try {
                GroupPrincipal other = lookup.lookupPrincipalByGroupName(name);
                if (other.equals(group(file))) {
                    continue;
                }
                Files.getFileAttributeView(file, PosixFileAttributeView.class).setGroup(other);
                return Optional.of(other);
            } catch (IOException | UnsupportedOperationException notThisOne) {
                // not a group here, or not one this user may give
            }
        }
        return Optional.empty();
    }

    /** The groups this user belongs to, as {@code id -Gn} lists them; none where there is no {@code id}. */
    private static java.util.List<String> myGroups() {
        try {
            Process id = new ProcessBuilder("id", "-Gn").redirectErrorStream(true).start();
            String out = new String(id.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return id.waitFor() == 0 ? java.util.List.of(out.strip().split("\\s+")) : java.util.List.of();
        } catch (IOException e) {
            return java.util.List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.List.of();
        }
    }
}
