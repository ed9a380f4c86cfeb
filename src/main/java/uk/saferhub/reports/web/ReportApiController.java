package uk.saferhub.reports.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.reports.Report;
import uk.saferhub.reports.Reports;
import uk.saferhub.shared.access.Actor;

/** A committee report in the API, numbered as printed; an exempt one only to the body's members (404 otherwise). */
@RestController
@Tag(name = "Committee reports", description = "Reports to meetings in the seeds' form")
class ReportApiController {

    private final Reports reports;

    ReportApiController(Reports reports) {
        this.reports = reports;
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/api/v1/reports/{id}")
    @Operation(summary = "One report: its heading lines, contact officer and numbered sections")
    ReportJson report(Actor actor, @PathVariable UUID id) {
        Report report = reports.report(actor, id);
        List<SectionJson> sections = new ArrayList<>();
        for (Report.Numbered n : report.numbered()) {
            List<ParagraphJson> paragraphs = new ArrayList<>();
            for (int i = 0; i < n.section().paragraphs().size(); i++) {
                paragraphs.add(new ParagraphJson(n.number() + "." + (i + 1), n.section().paragraphs().get(i)));
            }
            sections.add(new SectionJson(n.number(), n.section().kind().name(), n.section().heading(), paragraphs));
        }
        var d = report.details();
        return new ReportJson(report.id(), report.meeting().id(), report.bodyName(),
                report.meeting().start().toLocalDate(), d.itemNumber(), d.title(), d.exempt(), d.exemption(),
                d.reportOf(), new ContactJson(d.contactName(), d.contactRole(), d.contactPhone(), d.contactEmail()),
                sections, report.version());
    }

    record ReportJson(UUID id, UUID meetingId, String body, LocalDate meetingDate, Integer itemNumber, String title,
            boolean exempt, String exemption, String reportOf, ContactJson contactOfficer, List<SectionJson> sections,
            int version) {
    }

    record ContactJson(String name, String role, String phone, String email) {
    }

    record SectionJson(int number, String kind, String heading, List<ParagraphJson> paragraphs) {
    }

    record ParagraphJson(String number, String text) {
    }
}
