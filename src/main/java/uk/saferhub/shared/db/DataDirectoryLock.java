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

/**
 * The claim of one running SaferHub on its data directory: a lock on {@code saferhub.lock} that the operating system
 * drops when the process ends, however it ends. While another SaferHub holds it, its database must not be touched;
 * once it is free, a PostgreSQL still running on the directory is a leftover (see {@link StalePostmaster}).
 */
final class DataDirectoryLock implements Closeable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            FileChannel channel = FileChannel.open(dataDirectory.resolve("saferhub.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new StartupProblem("another SaferHub is already running with the data directory " + dataDirectory
                        + ". Stop it first, or give this one its own SAFERHUB_DATA_DIR.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            throw new StartupProblem("cannot write to the data directory " + dataDirectory + " (" + e.getMessage()
                    + "). Check SAFERHUB_DATA_DIR and the folder's permissions.");
        }
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
        lock.release();
        channel.close();
    }
}
