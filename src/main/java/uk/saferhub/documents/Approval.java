package uk.saferhub.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import uk.saferhub.partnership.BodyId;

/**
 * The approving body's decision that made a draft a version: taken at one of its meetings (with the decision's
 * number there) or delegated to a named decision-maker.
 */
public record Approval(UUID id, UUID documentId, UUID draftVersionId, UUID versionId, BodyId bodyId, String bodyName,
        UUID meetingId, UUID decisionId, String delegatedTo, LocalDate decidedOn, Instant recordedAt,
        String recordedBy) {
}
