package uk.saferhub.audit;

import java.time.Instant;
import java.util.List;

/**
 * The latest changes to some records, newest first, and how many there were in all.
 *
 * @param latest the newest changes, at most the limit asked for
 */
public record RecentChanges(List<Change> latest, int total) {

    public RecentChanges {
        latest = List.copyOf(latest);
    }

    /** One change: when, by whom, to which record and what the trail says of it. */
    public record Change(Instant occurredAt, String actorName, String recordType, String recordId, String summary) {
    }
}
