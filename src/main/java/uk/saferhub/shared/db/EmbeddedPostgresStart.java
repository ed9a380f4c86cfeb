package uk.saferhub.shared.db;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The start of the persistent embedded PostgreSQL, begun on its own thread as soon as the settings are known
 * ({@link EmbeddedDatabaseEarlyStart}) so that it overlaps the building of the application context.
 */
final class EmbeddedPostgresStart {

    private final Path saferhubDataDirectory;
    private final CompletableFuture<EmbeddedPostgresServer> server = new CompletableFuture<>();

    private EmbeddedPostgresStart(Path saferhubDataDirectory) {
        this.saferhubDataDirectory = saferhubDataDirectory;
    }

    /**
     * Claims the data directory at once, so that a second SaferHub on it stops here with one clear line, then starts
     * PostgreSQL on another thread.
     */
    static EmbeddedPostgresStart inBackground(Path saferhubDataDirectory) {
        DataDirectoryLock lock = DataDirectoryLock.acquire(saferhubDataDirectory);
        var start = new EmbeddedPostgresStart(saferhubDataDirectory);
        Thread.ofPlatform().name("saferhub-embedded-postgres").daemon().start(() -> {
            try {
                start.server.complete(EmbeddedPostgresServer.persistent(saferhubDataDirectory, lock));
            } catch (Throwable e) {
                start.server.completeExceptionally(e);
            }
        });
        return start;
    }

    boolean isFor(Path dataDirectory) {
        return saferhubDataDirectory.equals(dataDirectory);
    }

    /** Waits for the server; a {@link StartupProblem} on the way is rethrown as it is. */
    EmbeddedPostgresServer await() {
        try {
            return server.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
