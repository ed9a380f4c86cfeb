package uk.saferhub.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import uk.saferhub.audit.AuditRecord;
import uk.saferhub.shared.web.DisplayTime;

/** An audit event as the audit trail page shows it. */
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
                event.actorName() == null || event.actorName().isBlank() ? "Unknown" : event.actorName(),
                kindLabel(event.actorKind()), organisation, event.sourceAddress(), actionLabel(event.action()),
                event.recordType(), event.recordId(), event.summary(), event.detailsWithheld(),
                changes.read(event.changes()));
    }

    static String actionLabel(String action) {
        String words = action.replace('_', ' ').toLowerCase(Locale.UK);
        return (Character.toUpperCase(words.charAt(0)) + words.substring(1)).replace("Api key", "API key");
    }

    private static String kindLabel(String kind) {
        return switch (kind) {
            case "API_KEY" -> "API key";
            case "SYSTEM" -> "SaferHub";
            case "ANONYMOUS" -> "Not signed in";
            default -> "User";
        };
    }
}
