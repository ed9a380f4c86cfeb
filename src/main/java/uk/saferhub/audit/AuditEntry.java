package uk.saferhub.audit;

import java.util.UUID;

import uk.saferhub.shared.access.Actor;

/** An event about to be written to the audit trail. Who and from where are filled in by the ledger when missing. */
public record AuditEntry(
        ActorKind actorKind,
        UUID actorId,
        String actorName,
        UUID actorOrganisationId,
        AuditAction action,
        String recordType,
        String recordId,
        String summary,
        Changes changes) {

    public enum ActorKind { USER, API_KEY, SYSTEM, ANONYMOUS }

    public static AuditEntry by(Actor actor, AuditAction action, String recordType, Object recordId, String summary,
            Changes changes) {
        if (actor == null) {
            return system(action, recordType, recordId, summary, changes);
        }
        return new AuditEntry(actor.kind() == Actor.Kind.API_KEY ? ActorKind.API_KEY : ActorKind.USER, actor.id(),
                actor.name(), actor.organisationId(), action, recordType, idOf(recordId), summary, changes);
    }

    public static AuditEntry system(AuditAction action, String recordType, Object recordId, String summary,
            Changes changes) {
        return new AuditEntry(ActorKind.SYSTEM, null, "SaferHub", null, action, recordType, idOf(recordId), summary,
                changes);
    }

    /** Someone not (yet) signed in: a failed sign-in names the username that was tried. */
    public static AuditEntry anonymous(String attemptedName, AuditAction action, String recordType, Object recordId,
            String summary) {
        return new AuditEntry(ActorKind.ANONYMOUS, null, attemptedName, null, action, recordType, idOf(recordId),
                summary, Changes.none());
    }

    private static String idOf(Object recordId) {
        return recordId == null ? null : String.valueOf(recordId);
    }
}
