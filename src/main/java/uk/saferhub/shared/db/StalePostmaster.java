package uk.saferhub.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A postmaster still running on our data directory after the JVM that started it was killed, or the pid file it
 * left behind. Stopping it lets the next start reuse the data directory.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private final Path dataDirectory;

    StalePostmaster(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    void stopIfRunning() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> process = pid(pidFile).flatMap(ProcessHandle::of).filter(this::isPostgres);
        if (process.isPresent()) {
            log.warn("Stopping a PostgreSQL server (pid {}) left running on {} by an earlier SaferHub",
                    process.get().pid(), dataDirectory);
            stop(process.get());
        }
        // PostgreSQL itself ignores a pid file whose process is gone, but not one whose pid was reused.
        Files.deleteIfExists(pidFile);
    }

    private Optional<Long> pid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("postgres")).orElse(true);
    }

    private void stop(ProcessHandle process) {
        process.destroy(); // SIGTERM: a smart shutdown, which the dead JVM's connections no longer delay
        try {
            process.onExit().get(Duration.ofSeconds(15).toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("PostgreSQL pid {} did not stop in 15 s; killing it", process.pid());
            process.destroyForcibly();
            process.onExit().join();
        }
    }
}
