package uk.saferhub.shared.db;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.OptionalLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A running embedded PostgreSQL: persistent, in {@code <data dir>/postgres} with fsync on, claimed by this process
 * through a {@link DataDirectoryLock}; or ephemeral, in a temporary folder with fsync off, for tests. Either way every
 * connection needs the superuser's random password ({@link EmbeddedPostgresPassword}, ADR 0014).
 */
final class EmbeddedPostgresServer implements Closeable {

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final String password;
    private final DataDirectoryLock lock;
    private final Path dataDirectory;
    private final OptionalLong stoppedStalePostmaster;
    private final long startMillis;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password, DataDirectoryLock lock,
            Path dataDirectory, OptionalLong stoppedStalePostmaster, long startMillis) {
        this.postgres = postgres;
        this.password = password;
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
            boolean existing = Files.exists(dataDirectory.resolve("postgresql.conf"));
            var authentication = new ClientAuthentication(dataDirectory);
            boolean trusting = existing && authentication.trustsAnyone();
            EmbeddedPostgresPassword password = EmbeddedPostgresPassword.existing(saferhubDataDirectory);
            if (password == null && existing && !trusting) {
                throw new StartupProblem("the embedded PostgreSQL in " + dataDirectory + " needs its password, but "
                        + saferhubDataDirectory.resolve(EmbeddedPostgresPassword.FILE_NAME) + " is missing or empty. "
                        + "Restore that file from a backup of the data folder.");
            }
            if (password == null) {
                password = EmbeddedPostgresPassword.created(saferhubDataDirectory);
            }
            var builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(STARTUP_WAIT)
                    // Stopped by the application context, after the connection pool and the audit sealer are done
                    // with it; a JVM hook of its own stopped it at the same time as the context, mid-request.
                    .setRegisterShutdownHook(false)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setConnectConfig("password", password.value());
            if (!existing) {
                requirePasswordFromInitdb(builder, password);
            }
            EmbeddedPostgres postgres = builder.start();
            if (trusting) {
                try {
                    authentication.requirePassword(postgres.getPostgresDatabase(),
                            postgres.getJdbcUrl("postgres", "postgres"), password);
                } catch (SQLException | IOException | RuntimeException e) {
                    postgres.close();
                    throw e;
                }
            }
            return new EmbeddedPostgresServer(postgres, password.value(), lock, dataDirectory, stale,
                    millisSince(started));
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(lock);
            if (e instanceof StartupProblem problem) {
                throw problem;
            }
            throw new StartupProblem("the embedded PostgreSQL in " + dataDirectory + " did not start ("
                    + firstLine(e) + "). Check the folder, or set SAFERHUB_DATA_DIR to another one.");
        }
    }

    /** Starts a throw-away PostgreSQL in a temporary folder, with fsync off and a password as the persistent one. */
    static EmbeddedPostgresServer throwAway() throws IOException {
        long started = System.nanoTime();
        EmbeddedPostgresPassword password = EmbeddedPostgresPassword.throwAway();
        try {
            var builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setConnectConfig("password", password.value());
            requirePasswordFromInitdb(builder, password);
            EmbeddedPostgres postgres = builder.start();
            return new EmbeddedPostgresServer(postgres, password.value(), null, null, OptionalLong.empty(),
                    millisSince(started));
        } finally {
            Files.deleteIfExists(password.file());
        }
    }

    /**
     * A new cluster is made with password authentication from the start. Zonky passes each "locale" setting to initdb
     * as {@code --key=value}, after its own {@code -A trust}, which the later option overrides.
     */
    private static void requirePasswordFromInitdb(EmbeddedPostgres.Builder builder, EmbeddedPostgresPassword password) {
        builder.setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", password.file().toString());
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** The superuser's password, for the application's connection pool. */
    String password() {
        return password;
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
