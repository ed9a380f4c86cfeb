package uk.saferhub.meetings.internal;

import java.time.Instant;
import java.util.UUID;

/** A user's secret-token subscription to the meetings of a body or of a person's seats. */
public record CalendarSubscription(UUID id, UUID userId, Subject subjectType, UUID subjectId, Instant createdAt,
        Instant lastUsedAt) {

    /** What a subscription follows. */
    public enum Subject { BODY, PERSON }
}
