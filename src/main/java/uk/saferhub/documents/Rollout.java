package uk.saferhub.documents;

import java.time.LocalDate;
import java.time.Instant;
import java.util.UUID;

/** A service agreement in force in a further area from a date, after its pilot was evaluated. */
public record Rollout(UUID documentId, UUID placeId, String placeName, LocalDate fromOn, Instant recordedAt,
        String recordedBy) {
}
