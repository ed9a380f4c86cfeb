package uk.saferhub.intake.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * An observation as its recorder gives it, from the form or the API: what kind, which category, where (a ward, a
 * street or named place, and a point when they have one), what they saw, when, the priority it feeds, and for
 * intelligence its grading.
 */
public record NewObservation(
        ObservationKind kind,
        UUID categoryId,
        UUID wardId,
        String location,
        Double latitude,
        Double longitude,
        String description,
        Instant observedAt,
        UUID priorityId,
        Grading grading) {
}
