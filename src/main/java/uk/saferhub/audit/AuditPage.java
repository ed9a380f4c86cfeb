package uk.saferhub.audit;

import java.util.List;

/** One page of audit events, newest first, and how many match in all. */
public record AuditPage(List<AuditRecord> events, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
