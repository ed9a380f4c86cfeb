package uk.saferhub.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as stored in the audit trail.
 *
 * @param detailsWithheld whether the summary and changes were withheld from the viewer, who may not see the record
 */
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
        String hash,
        boolean detailsWithheld) {

    /** What the trail says instead of the summary of an event about a record the viewer may not see. */
    public static final String WITHHELD = "Details withheld";

    /** The event as the trail may show it to someone who may not see its record: who, when, what and which only. */
    public AuditRecord withheld() {
        return new AuditRecord(sequence, id, occurredAt, actorKind, actorId, actorName, actorOrganisationId,
                sourceAddress, action, recordType, recordId, WITHHELD, null, previousHash, hash, true);
    }
}
