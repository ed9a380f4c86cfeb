package uk.saferhub.audit.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.saferhub.audit.AuditRecord;
import uk.saferhub.audit.RecordNames.Named;
import uk.saferhub.shared.web.DisplayTime;

/**
 * An audit event as the audit trail page shows it; the action and the kind of actor are codes the page names from
 * its messages ({@code audit.action.*}, {@code audit.actorKind.*}), and {@code who} is null when nobody was named.
 * The record is named by its kind ({@code recordKind}) and, when its reader may see it, its name (linked to its page
 * when {@code recordPath} is not null), otherwise by the first characters of its id ({@code recordShortId}); the
 * changes are in words ({@link TrailWords}).
 */
record AuditEventRow(long sequence, String date, String time, String isoWhen, String who, String actorKind,
        String organisationName, String source, String action, String recordType, String recordId,
        String recordKind, String recordName, String recordPath, String recordShortId, String summary,
        boolean detailsWithheld, List<ChangeLine> changes) {

    /** One changed field: what it was and what it became (null when absent). */
    record ChangeLine(String field, String before, String after) {
    }

    static AuditEventRow of(AuditRecord event, Map<UUID, String> organisationNames, Map<UUID, Named> recordNames,
            TrailWords words) {
        Named named = words.record(event.recordId(), event.detailsWithheld(), recordNames);
        String organisation = event.actorOrganisationId() == null ? null
                : organisationNames.getOrDefault(event.actorOrganisationId(), event.actorOrganisationId().toString());
        return new AuditEventRow(event.sequence(), DisplayTime.dateOf(event.occurredAt()),
                DisplayTime.timeOf(event.occurredAt()), event.occurredAt().toString(),
                event.actorName() == null || event.actorName().isBlank() ? null : event.actorName(),
                event.actorKind(), organisation, event.sourceAddress(), event.action(),
                event.recordType(), event.recordId(), words.kind(event.recordType()),
                named == null ? null : named.name(), named == null ? null : named.path(),
                TrailWords.shortId(event.recordId()),
                event.detailsWithheld() ? event.summary() : words.datesIn(event.summary()), event.detailsWithheld(),
                words.changes(event.changes(), recordNames));
    }
}
