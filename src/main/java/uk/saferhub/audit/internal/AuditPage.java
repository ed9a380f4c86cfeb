package uk.saferhub.audit.internal;

import java.util.List;

import uk.saferhub.audit.AuditRecord;

/** One page of audit events, newest first, and how many match in all. */
public record AuditPage(List<AuditRecord> events, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
