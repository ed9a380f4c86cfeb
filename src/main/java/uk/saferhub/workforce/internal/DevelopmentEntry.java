package uk.saferhub.workforce.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An entry of a PCSO's personal development record: an objective set, a review, a course, an observation. */
public record DevelopmentEntry(UUID id, UUID pcsoId, LocalDate entryDate, DevelopmentKind kind, String note,
        String writtenBy, Instant createdAt) {
}
