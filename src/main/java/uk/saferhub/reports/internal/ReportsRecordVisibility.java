package uk.saferhub.reports.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.reports.Report;
import uk.saferhub.reports.Reports;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordVisibility;

/** Which reports the audit trail may show an actor: as their meeting and exempt flag let them see the report. */
@Component
class ReportsRecordVisibility implements RecordVisibility {

    private final Reports reports;

    ReportsRecordVisibility(Reports reports) {
        this.reports = reports;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of(Report.RECORD_TYPE);
    }

    @Override
    public Set<String> visibleTo(Actor actor, String recordType, Set<String> recordIds) {
        Set<UUID> visible = new HashSet<>();
        for (UUID id : RecordVisibility.uuidsOf(recordIds)) {
            if (reports.visibleWithoutAudit(actor, id)) {
                visible.add(id);
            }
        }
        return RecordVisibility.idsOf(visible);
    }
}
