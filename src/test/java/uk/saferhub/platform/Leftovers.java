package uk.saferhub.platform;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Processes a test left running under its own folder: PostgreSQL servers and SaferHub JVMs. */
final class Leftovers {

    private Leftovers() {
    }

    /** Processes whose command line mentions the folder, for example {@code postgres -D <folder>/postgres}. */
    static List<ProcessHandle> under(Path folder) {
        String name = folder.toAbsolutePath().normalize().toString();
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().arguments()
                        .map(arguments -> Arrays.stream(arguments).anyMatch(argument -> argument.contains(name)))
                        .orElse(false))
                .toList();
    }

    static void kill(Path folder) throws InterruptedException {
        for (ProcessHandle process : under(folder)) {
            process.destroyForcibly();
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // reported by the test that looks for leftovers
            }
        }
    }
}
