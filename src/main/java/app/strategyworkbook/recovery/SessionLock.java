package app.strategyworkbook.recovery;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OS lock on a session's lock file, held by this JVM: by the session while it runs, or by a start that has taken a
 * crashed session's journal to offer it. The OS lets it go when the process ends however it ends, a SIGKILL included,
 * which is how a journal nobody holds is known to be a crash's.
 */
final class SessionLock {
    /**
     * The lock files this JVM holds. A second channel on a file this JVM has locked is never opened: on Linux, closing
     * it would drop the lock the first channel holds (POSIX locks belong to the process, not the channel).
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private SessionLock(Path file, Path key, FileChannel channel, FileLock lock) {
        this.file = file;
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code file}, making it if it is not there ({@code fresh}: only a new file will do); null when another
     * process, or another session of this JVM, holds it.
     */
    static SessionLock take(Path file, boolean fresh) throws IOException {
        // By the folder's real path, so that two spellings of one recovery folder are still one lock file.
        Path key = file.toAbsolutePath().getParent().toRealPath().resolve(file.getFileName().toString());
        if (!HELD.add(key)) {
            return null;
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, Set.of(StandardOpenOption.WRITE,
                    fresh ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE), OwnerOnly.fileAttributes());
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldHere) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                HELD.remove(key);
                return null;
            }
            return new SessionLock(file, key, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            HELD.remove(key);
            throw e;
        }
    }

    Path file() {
        return file;
    }

    /** Lets the lock go and leaves the file, as the end of the process would. */
    void release() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException ignored) {
            // Closing the channel lets the lock go in any case.
        } finally {
            HELD.remove(key);
        }
    }

    /** Deletes the lock file while still holding it, then lets the lock go: the session it stood for is over. */
    void releaseAndDelete() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            release();
        }
    }
}
