package uk.saferhub.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A committee report as the API and the open data write it: heading lines and sections numbered as printed. */
public record ReportJson(UUID id, UUID meetingId, String body, LocalDate meetingDate, Integer itemNumber,
        String title, boolean exempt, String exemption, String reportOf, Contact contactOfficer,
        List<Section> sections, int version) {

    public record Contact(String name, String role, String phone, String email) {
    }

    public record Section(int number, String kind, String heading, List<Paragraph> paragraphs) {
    }

    public record Paragraph(String number, String text) {
    }

    public static ReportJson of(Report report) {
        List<Section> sections = new ArrayList<>();
        for (Report.Numbered n : report.numbered()) {
            List<Paragraph> paragraphs = new ArrayList<>();
            for (int i = 0; i < n.section().paragraphs().size(); i++) {
                paragraphs.add(new Paragraph(n.number() + "." + (i + 1), n.section().paragraphs().get(i)));
            }
            sections.add(new Section(n.number(), n.section().kind().name(), n.section().heading(), paragraphs));
        }
        ReportDetails d = report.details();
        return new ReportJson(report.id(), report.meeting().id(), report.bodyName(),
                report.meeting().start().toLocalDate(), d.itemNumber(), d.title(), d.exempt(), d.exemption(),
                d.reportOf(), new Contact(d.contactName(), d.contactRole(), d.contactPhone(), d.contactEmail()),
                sections, report.version());
    }
}
