package uk.saferhub.tasking.internal;

import java.util.List;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.partnership.Body;

/** One tasking group in a report: its meetings held in the period and its priorities reviewed at them. */
public record ReportSection(Body group, List<Meeting> meetings, List<ReportLine> lines) {

    public ReportSection {
        meetings = List.copyOf(meetings);
        lines = List.copyOf(lines);
    }

    public long count(ReportChange change) {
        return lines.stream().filter(line -> line.change() == change).count();
    }

    public long actionsDone() {
        return lines.stream().mapToLong(line -> line.actionsDone().stream()
                .filter(action -> action.status() == ActionStatus.DONE).count()).sum();
    }
}
