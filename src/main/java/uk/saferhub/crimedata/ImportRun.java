package uk.saferhub.crimedata;

import java.time.Instant;
import java.util.UUID;

/**
 * One import of one file, as its status page shows it: running (with how far it has read), loaded or refused (with
 * why). {@code bytesTotal} is null when the file's size was not known.
 */
public record ImportRun(UUID id, String file, Instant startedAt, Instant finishedAt, String status, long rowsRead,
        long rowsLoaded, long rowsRejected, Long bytesTotal, long bytesRead, String message, UUID startedBy) {

    public boolean running() {
        return "running".equals(status);
    }

    public boolean loaded() {
        return "loaded".equals(status);
    }

    /** How far it has read, 0 to 100 (100 once it has finished either way; 0 when the size is not known). */
    public int percent() {
        if (!running()) {
            return 100;
        }
        if (bytesTotal == null || bytesTotal <= 0) {
            return 0;
        }
        return (int) Math.min(99, 100 * bytesRead / bytesTotal);
    }
}
