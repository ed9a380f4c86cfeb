package uk.saferhub.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import uk.saferhub.meetings.Meeting;

/**
 * A committee report to a meeting, as the seeds print one. It follows its meeting: seen by whoever may see the
 * meeting, and when exempt only by the members of the body; written by its organisation's contributors.
 */
public record Report(UUID id, Meeting meeting, String bodyName, UUID owningOrganisationId, ReportDetails details,
        String sourceType, String sourceId, int version, java.time.Instant publishedAt) {

    /** Whether it is on the public site (a public report to a meeting held in public, published). */
    public boolean published() {
        return publishedAt != null;
    }

    public static final String RECORD_TYPE = "committee-report";

    /** The sections with something in them, in the form's order, each with the number it is printed under. */
    public List<Numbered> numbered() {
        List<Numbered> numbered = new ArrayList<>();
        int number = 1;
        for (SectionKind kind : SectionKind.values()) {
            for (ReportSection section : details.sections()) {
                if (section.kind() == kind && !section.empty()) {
                    numbered.add(new Numbered(number++, section));
                }
            }
        }
        return numbered;
    }

    /** A section and its number. */
    public record Numbered(int number, ReportSection section) {
    }
}
