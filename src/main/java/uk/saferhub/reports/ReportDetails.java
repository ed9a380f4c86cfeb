package uk.saferhub.reports;

import java.util.List;

/**
 * What a report says, as composed or edited: its agenda item number, title, whose report it is, the contact officer,
 * whether it is exempt and under which paragraph, and its sections (any kind left out is empty).
 */
public record ReportDetails(Integer itemNumber, String title, String reportOf, String contactName,
        String contactRole, String contactPhone, String contactEmail, boolean exempt, String exemption,
        List<ReportSection> sections) {

    public ReportDetails {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
