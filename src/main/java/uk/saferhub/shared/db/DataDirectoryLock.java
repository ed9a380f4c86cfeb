package uk.saferhub.shared.db;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The claim of one running SaferHub on its data directory: a lock on {@code saferhub.lock} that the operating system
 * drops when the process ends, however it ends. While another SaferHub holds it, its database must not be touched;
 * once it is free, a PostgreSQL still running on the directory is a leftover (see {@link StalePostmaster}).
 */
final class DataDirectoryLock implements Closeable {

    /**
     * Folders locked by this JVM. Asking the operating system again from the same process would not say no, and
     * closing the second channel would drop the first one's lock.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path dataDirectory;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path dataDirectory, FileChannel channel, FileLock lock) {
        this.dataDirectory = dataDirectory;
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path dataDirectory) {
        if (!HELD_HERE.add(dataDirectory)) {
            throw inUse(dataDirectory);
        }
        try {
            Files.createDirectories(dataDirectory);
            FileChannel channel = FileChannel.open(dataDirectory.resolve("saferhub.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw inUse(dataDirectory);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            return new DataDirectoryLock(dataDirectory, channel, lock);
        } catch (IOException e) {
            HELD_HERE.remove(dataDirectory);
            throw new StartupProblem("cannot write to the data directory " + dataDirectory + " (" + e.getMessage()
                    + "). Check SAFERHUB_DATA_DIR and the folder's permissions.");
        } catch (RuntimeException e) {
            HELD_HERE.remove(dataDirectory);
            throw e;
        }
    }

    private static StartupProblem inUse(Path dataDirectory) {
        return new StartupProblem("another SaferHub is already running with the data directory " + dataDirectory
                + ". Stop it first, or give this one its own SAFERHUB_DATA_DIR.");
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            HELD_HERE.remove(dataDirectory);
        }
    }
}
