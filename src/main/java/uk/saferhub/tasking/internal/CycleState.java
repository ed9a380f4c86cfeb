package uk.saferhub.tasking.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A priority's state as recorded at one meeting of its group, with the meeting's start for ordering, and what the
 * group's review decided for it there (none when recorded outside a review) and the body it was escalated to.
 */
public record CycleState(UUID priorityId, UUID meetingId, ZonedDateTime meetingStart, PriorityStatus status, Rag rag,
        String ragReason, String progressNote, Instant recordedAt, ReviewDecision decision, UUID escalatedToBodyId) {

    /** A state recorded without a review's decision. */
    public CycleState(UUID priorityId, UUID meetingId, ZonedDateTime meetingStart, PriorityStatus status, Rag rag,
            String ragReason, String progressNote, Instant recordedAt) {
        this(priorityId, meetingId, meetingStart, status, rag, ragReason, progressNote, recordedAt, null, null);
    }
}
