package uk.saferhub.audit.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import uk.saferhub.shared.access.Actor;

/**
 * Filters for the audit trail: each is optional.
 *
 * @param actorOrganisationIds when not null, only events by actors of these organisations, or by no organisation (the
 *     system and anonymous callers), are returned: how an administrator is kept to their own partnership's events
 */
public record AuditQuery(String actorName, String action, String recordType, String recordId, LocalDate from,
        LocalDate to, Set<UUID> actorOrganisationIds, int page, int size) {

    public AuditQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, 500);
        actorOrganisationIds = actorOrganisationIds == null ? null : Set.copyOf(actorOrganisationIds);
    }

    /** A query over every organisation's events. */
    public AuditQuery(String actorName, String action, String recordType, String recordId, LocalDate from,
            LocalDate to, int page, int size) {
        this(actorName, action, recordType, recordId, from, to, null, page, size);
    }

    /**
     * The same query kept to the events an administrator may see: those by actors of their organisation or of one
     * that shares with it, and those by no organisation (the system, anonymous callers).
     */
    public AuditQuery visibleTo(Actor administrator) {
        Set<UUID> organisations = new HashSet<>(administrator.partnerOrganisationIds());
        organisations.add(administrator.organisationId());
        return new AuditQuery(actorName, action, recordType, recordId, from, to, organisations, page, size);
    }
}
