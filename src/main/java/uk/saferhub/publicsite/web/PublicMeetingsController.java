package uk.saferhub.publicsite.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.reports.Report;
import uk.saferhub.reports.ReportPrinting;
import uk.saferhub.reports.Reports;

/**
 * Meetings held in public, for anyone without signing in: the meetings of the bodies marked PUBLIC (a Police and
 * Crime Panel), each with its agenda as the public sees it (an exempt item by its number and exemption only), its
 * public reports and its public agenda pack. Everything is read as the public, so a meeting of any other body, and
 * any exempt report, is not there (404).
 */
@Controller
class PublicMeetingsController {

    private final Partnership partnership;
    private final Meetings meetings;
    private final Reports reports;
    private final ReportPrinting printing;

    PublicMeetingsController(Partnership partnership, Meetings meetings, Reports reports, ReportPrinting printing) {
        this.partnership = partnership;
        this.meetings = meetings;
        this.reports = reports;
        this.printing = printing;
    }

    @PermitAll
    @GetMapping("/public/meetings")
    String meetings(Model model) {
        List<Meeting> all = new ArrayList<>();
        for (Body body : partnership.bodies(null)) {
            all.addAll(meetings.meetingsOf(null, body.id(), Instant.EPOCH,
                    Instant.now().plus(400, ChronoUnit.DAYS)));
        }
        all.sort(Comparator.comparing(Meeting::start).reversed());
        model.addAttribute("meetings", all);
        return "publicsite/meetings";
    }

    @PermitAll
    @GetMapping("/public/meetings/{id}")
    String meeting(@PathVariable UUID id, Model model) {
        Meeting meeting = meetings.meetingOnly(null, id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("agenda", meetings.agendaOf(null, meeting, true));
        model.addAttribute("reports", reports.publishedOfMeeting(meeting));
        return "publicsite/meeting";
    }

    @PermitAll
    @GetMapping("/public/meetings/{id}/pack")
    ResponseEntity<byte[]> pack(@PathVariable UUID id) {
        Meeting meeting = meetings.meetingOnly(null, id);
        return pdf(printing.pack(null, meeting, true), "agenda-pack-" + meeting.start().toLocalDate() + ".pdf");
    }

    @PermitAll
    @GetMapping("/public/reports/{id}")
    String report(@PathVariable UUID id, Model model) {
        model.addAttribute("report", reports.published(id));
        return "publicsite/report";
    }

    @PermitAll
    @GetMapping("/public/reports/{id}/pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable UUID id) {
        Report report = reports.published(id);
        return pdf(printing.report(report), "report-" + report.meeting().start().toLocalDate() + ".pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(bytes);
    }
}
