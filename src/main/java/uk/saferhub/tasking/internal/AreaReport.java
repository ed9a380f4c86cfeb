package uk.saferhub.tasking.internal;

import java.time.LocalDate;
import java.util.List;

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyType;

/**
 * A report to a body for a period: each of the tasking groups that report to it or cover its area, with what their
 * meetings in the period agreed and achieved. {@code issued} is the stored report it shows, or null for the report
 * as it would be issued now; an issued one shows only PUBLIC and PARTNERSHIP priorities (it is a meeting paper).
 */
public record AreaReport(Body body, LocalDate from, LocalDate to, List<ReportSection> sections, IssuedReport issued,
        IssuedReport previous) {

    public AreaReport {
        sections = List.copyOf(sections);
    }

    /** An Area Committee's report is its tailored report; any other body's is the periodic one. */
    public boolean tailored() {
        return body.type() == BodyType.AREA_COMMITTEE;
    }

    public boolean empty() {
        return sections.stream().allMatch(section -> section.lines().isEmpty());
    }
}
