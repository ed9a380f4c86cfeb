package uk.saferhub.shared.db;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A running embedded PostgreSQL: persistent, in {@code <data dir>/postgres} with fsync on, claimed by this process
 * through a {@link DataDirectoryLock}; or ephemeral, in a temporary folder with fsync off, for tests.
 */
final class EmbeddedPostgresServer implements Closeable {

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final DataDirectoryLock lock;
    private final Path dataDirectory;
    private final OptionalLong stoppedStalePostmaster;
    private final long startMillis;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, DataDirectoryLock lock, Path dataDirectory,
            OptionalLong stoppedStalePostmaster, long startMillis) {
        this.postgres = postgres;
        this.lock = lock;
        this.dataDirectory = dataDirectory;
        this.stoppedStalePostmaster = stoppedStalePostmaster;
        this.startMillis = startMillis;
    }

    /**
     * Starts PostgreSQL on {@code <saferhubDataDirectory>/postgres}, creating the cluster on the first start, for the
     * holder of the data directory's lock; the server releases the lock when it is closed.
     */
    static EmbeddedPostgresServer persistent(Path saferhubDataDirectory, DataDirectoryLock lock) {
        long started = System.nanoTime();
        Path dataDirectory = saferhubDataDirectory.resolve("postgres");
        try {
            OptionalLong stale = new StalePostmaster(dataDirectory).stopIfRunning();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPGStartupWait(STARTUP_WAIT)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            return new EmbeddedPostgresServer(postgres, lock, dataDirectory, stale, millisSince(started));
        } catch (IOException | RuntimeException e) {
            closeQuietly(lock);
            if (e instanceof StartupProblem problem) {
                throw problem;
            }
            throw new StartupProblem("the embedded PostgreSQL in " + dataDirectory + " did not start ("
                    + firstLine(e) + "). Check the folder, or set SAFERHUB_DATA_DIR to another one.");
        }
    }

    /** Starts a throw-away PostgreSQL in a temporary folder, with fsync off. */
    static EmbeddedPostgresServer throwAway() throws IOException {
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
        return new EmbeddedPostgresServer(postgres, null, null, OptionalLong.empty(), millisSince(started));
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    boolean ephemeral() {
        return lock == null;
    }

    /** The PostgreSQL data folder, or {@code null} for an ephemeral server. */
    Path dataDirectory() {
        return dataDirectory;
    }

    /** The pid of a postmaster left by a killed SaferHub that was stopped before this one started. */
    OptionalLong stoppedStalePostmaster() {
        return stoppedStalePostmaster;
    }

    long startMillis() {
        return startMillis;
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    private static void closeQuietly(DataDirectoryLock lock) {
        try {
            lock.close();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }
}
