package uk.saferhub.meetings.internal;

import java.time.Instant;
import java.util.UUID;

/** A progress note on an action, with the status it left the action in. */
public record ActionUpdate(UUID id, UUID actionId, Instant writtenAt, String author, ActionStatus status,
        String note) {
}
