package uk.saferhub.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded review of a document: when it was due, when it was done and what it decided. */
public record Review(UUID id, UUID documentId, LocalDate dueOn, LocalDate reviewedOn, ReviewOutcome outcome,
        String note, Instant recordedAt, String recordedBy) {
}
