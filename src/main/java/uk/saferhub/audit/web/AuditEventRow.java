package uk.saferhub.audit.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.saferhub.audit.AuditRecord;
import uk.saferhub.shared.web.DisplayTime;

/**
 * An audit event as the audit trail page shows it; the action and the kind of actor are codes the page names from
 * its messages ({@code audit.action.*}, {@code audit.actorKind.*}), and {@code who} is null when nobody was named.
 */
record AuditEventRow(long sequence, String date, String time, String isoWhen, String who, String actorKind,
        String organisationName, String source, String action, String recordType, String recordId, String summary,
        boolean detailsWithheld, List<ChangeLine> changes) {

    /** One changed field: what it was and what it became (null when absent). */
    record ChangeLine(String field, String before, String after) {
    }

    static AuditEventRow of(AuditRecord event, Map<UUID, String> organisationNames, ChangeReader changes) {
        String organisation = event.actorOrganisationId() == null ? null
                : organisationNames.getOrDefault(event.actorOrganisationId(), event.actorOrganisationId().toString());
        return new AuditEventRow(event.sequence(), DisplayTime.dateOf(event.occurredAt()),
                DisplayTime.timeOf(event.occurredAt()), event.occurredAt().toString(),
                event.actorName() == null || event.actorName().isBlank() ? null : event.actorName(),
                event.actorKind(), organisation, event.sourceAddress(), event.action(),
                event.recordType(), event.recordId(), event.summary(), event.detailsWithheld(),
                changes.read(event.changes()));
    }
}
