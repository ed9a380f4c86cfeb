package uk.saferhub.tasking.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;

/** A priority's state as recorded at one meeting of its group, with the meeting's start for ordering. */
public record CycleState(UUID priorityId, UUID meetingId, ZonedDateTime meetingStart, PriorityStatus status, Rag rag,
        String ragReason, String progressNote, Instant recordedAt) {
}
