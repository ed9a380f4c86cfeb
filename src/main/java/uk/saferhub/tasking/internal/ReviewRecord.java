package uk.saferhub.tasking.internal;

import java.time.Instant;
import java.util.UUID;

/** That a meeting's review was recorded: by whom, when, and how many times it has been corrected. */
public record ReviewRecord(UUID meetingId, UUID groupBodyId, UUID recordedByPersonId, Instant recordedAt,
        int version) {
}
