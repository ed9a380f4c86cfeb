package uk.saferhub.audit;

import java.time.Instant;
import java.util.UUID;

/** An event as stored in the audit trail. */
public record AuditRecord(
        long sequence,
        UUID id,
        Instant occurredAt,
        String actorKind,
        UUID actorId,
        String actorName,
        UUID actorOrganisationId,
        String sourceAddress,
        String action,
        String recordType,
        String recordId,
        String summary,
        String changes,
        String previousHash,
        String hash) {
}
