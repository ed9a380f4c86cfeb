package uk.saferhub.crimedata.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.saferhub.crimedata.CrimeImportRefused;

/**
 * Where uploaded files are imported: one at a time on a thread of their own (twenty more may wait), so the upload's
 * request answers at once and its status page shows the progress. A run a stopped process left running (nothing said
 * for ten minutes) is marked refused when the application starts: its import changed nothing.
 */
@Component
public class CrimeImportRunner {

    static final Duration SILENT = Duration.ofMinutes(10);
    static final int WAITING = 20;
    private static final Logger log = LoggerFactory.getLogger(CrimeImportRunner.class);

    private final CrimeStore store;
    private final CrimeImporter importer;
    private final Clock clock;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(WAITING), runnable -> {
                Thread thread = new Thread(runnable, "crime-import");
                thread.setDaemon(true);
                return thread;
            });

    CrimeImportRunner(CrimeStore store, CrimeImporter importer, Clock clock) {
        this.store = store;
        this.importer = importer;
        this.clock = clock;
    }

    /** Runs the import later, on the import thread; refused when too many are waiting. */
    public void submit(Runnable importing) {
        try {
            executor.execute(importing);
        } catch (RejectedExecutionException full) {
            throw new CrimeImportRefused("file", "crimedata.import.busy");
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        int stopped = store.interrupted(clock.instant().minus(SILENT), clock.instant(),
                importer.words("crimedata.import.interrupted"));
        if (stopped > 0) {
            log.info("{} crime data import(s) left running by a stopped process marked refused", stopped);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
