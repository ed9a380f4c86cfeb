package uk.saferhub.intake.internal;

import java.time.Instant;

/** One status update of a report, numbered by update_id. */
public record StatusUpdate(long updateId, long requestId, String status, String description, String mediaUrl,
        Instant updatedAt) {
}
