package uk.saferhub.tasking.internal;

import java.time.Instant;
import java.util.UUID;

/** A file of evidence kept with a priority (its content apart). */
public record EvidenceFile(UUID id, UUID priorityId, String title, String fileName, String contentType,
        long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy) {
}
