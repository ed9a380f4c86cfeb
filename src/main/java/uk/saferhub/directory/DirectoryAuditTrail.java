package uk.saferhub.directory;

import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.shared.access.Actor;

/** Writes a directory change to the audit trail as the actor's, or as the system's when there is no actor. */
@Component
class DirectoryAuditTrail {

    private final AuditTrail audit;

    DirectoryAuditTrail(AuditTrail audit) {
        this.audit = audit;
    }

    void record(Actor actor, AuditAction action, String recordType, UUID id, String summary, Changes changes) {
        if (actor == null) {
            audit.recordChange(action, recordType, id, summary, changes);
        } else {
            audit.record(AuditEntry.by(actor, action, recordType, id, summary, changes));
        }
    }
}
