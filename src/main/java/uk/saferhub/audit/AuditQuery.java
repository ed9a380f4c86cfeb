package uk.saferhub.audit;

import java.time.LocalDate;

/** Filters for the audit trail page: each is optional. */
public record AuditQuery(String actorName, String action, String recordType, String recordId, LocalDate from,
        LocalDate to, int page, int size) {

    public AuditQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, 500);
    }
}
