package uk.saferhub.reports.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.meetings.AgendaLine;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.reports.Report;
import uk.saferhub.reports.ReportComposer;
import uk.saferhub.reports.ReportDetails;
import uk.saferhub.reports.ReportPrinting;
import uk.saferhub.reports.ReportSection;
import uk.saferhub.reports.Reports;
import uk.saferhub.reports.SectionKind;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;

/**
 * Committee reports: a meeting's reports and its public agenda pack for whoever may see the meeting; a report in the
 * seeds' form as a page and as PDF (an exempt one only for the body's members; others find nothing: 404); composed
 * from a draft Plan or variation on the meeting's agenda, and edited, by contributors (others: 403).
 */
@Controller
class ReportController {

    private final Reports reports;
    private final ReportComposer composer;
    private final ReportPrinting printing;
    private final Meetings meetings;
    private final FormPost post;
    private final uk.saferhub.documents.Documents documents;

    ReportController(Reports reports, ReportComposer composer, ReportPrinting printing, Meetings meetings,
            FormPost post, uk.saferhub.documents.Documents documents) {
        this.documents = documents;
        this.reports = reports;
        this.composer = composer;
        this.printing = printing;
        this.meetings = meetings;
        this.post = post;
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/reports/meetings/{meetingId}")
    String meeting(Actor actor, @PathVariable UUID meetingId, Model model) {
        Meeting meeting = meetings.meetingOnly(actor, meetingId);
        List<Report> written = reports.ofMeeting(actor, meeting);
        List<AgendaLine> composable = new ArrayList<>();
        if (reports.mayWrite(actor, meetingId)) {
            for (AgendaLine line : meetings.agendaOf(actor, meeting)) {
                if (ReportComposer.VARIATION.equals(line.linkedRecordType()) && reports.composedFrom(meetingId,
                        ReportComposer.VARIATION, line.linkedRecordId()).isEmpty()) {
                    composable.add(line);
                }
            }
        }
        List<uk.saferhub.documents.Document> documentsToApprove = new ArrayList<>();
        if (reports.mayWrite(actor, meetingId)) {
            documents.register(actor, uk.saferhub.documents.DocumentFilter.all()).stream()
                    .map(uk.saferhub.documents.DocumentListing::document)
                    .filter(d -> meeting.bodyId().equals(d.approvingBodyId()) && reports.composedFrom(meetingId,
                            ReportComposer.DOCUMENT, d.id().toString()).isEmpty())
                    .forEach(documentsToApprove::add);
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("reports", written);
        model.addAttribute("composable", composable);
        model.addAttribute("documentsToApprove", documentsToApprove);
        return "reports/meeting";
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/reports/meetings/{meetingId}/pack")
    ResponseEntity<byte[]> pack(Actor actor, @PathVariable UUID meetingId) {
        Meeting meeting = meetings.meetingOnly(actor, meetingId);
        return pdf(printing.pack(actor, meeting), "agenda-pack-" + meeting.start().toLocalDate() + ".pdf");
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/reports/meetings/{meetingId}/compose")
    String compose(Actor actor, @PathVariable UUID meetingId, @RequestParam(required = false) UUID variationId,
            @RequestParam(required = false) UUID documentId, RedirectAttributes redirect) {
        Meeting meeting = meetings.meetingOnly(actor, meetingId);
        if (!reports.mayWrite(actor, meeting.id())) {
            throw new AccessDeniedException("Contributors write reports");
        }
        if (variationId == null && documentId == null) {
            throw new uk.saferhub.shared.access.RecordNotFoundException("report-source", meetingId);
        }
        Report report = variationId != null ? composer.fromVariation(actor, variationId, meetingId)
                : composer.fromDocument(actor, documentId, meetingId);
        return post.done(redirect, Done.redirect("/reports/" + report.id() + "/edit", "reports.composed",
                report.details().title()));
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/reports/{id}")
    String report(Actor actor, @PathVariable UUID id, Model model) {
        Report report = reports.report(actor, id);
        model.addAttribute("report", report);
        model.addAttribute("mayChange", reports.mayChange(actor, report));
        model.addAttribute("publishForm", new PublishForm());
        return "reports/report";
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/reports/{id}/publish")
    String publish(Actor actor, @PathVariable UUID id, @ModelAttribute("publishForm") PublishForm publishForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Report report = changeable(actor, id);
        return post.submit(errors, redirect, () -> {
            reports.publish(actor, id);
            return Done.redirect("/reports/" + id, "reports.published");
        }, () -> {
            model.addAttribute("report", report);
            model.addAttribute("mayChange", true);
            return "reports/report";
        });
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/reports/{id}/pdf")
    ResponseEntity<byte[]> reportPdf(Actor actor, @PathVariable UUID id) {
        Report report = reports.report(actor, id);
        return pdf(printing.report(report), "report-" + report.meeting().start().toLocalDate() + ".pdf");
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @GetMapping("/reports/{id}/edit")
    String editForm(Actor actor, @PathVariable UUID id, Model model) {
        Report report = changeable(actor, id);
        model.addAttribute("reportForm", form(report));
        model.addAttribute("report", report);
        return "reports/edit";
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/reports/{id}/edit")
    String edit(Actor actor, @PathVariable UUID id, @ModelAttribute("reportForm") ReportForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Report report = changeable(actor, id);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, Map.of(), () -> {
            reports.edit(actor, id, form.version() == null ? -1 : form.version(), details(form));
            return Done.redirect("/reports/" + id, "reports.saved");
        }, () -> {
            model.addAttribute("report", report);
            return "reports/edit";
        });
    }

    private Report changeable(Actor actor, UUID id) {
        Report report = reports.report(actor, id);
        if (!reports.mayChange(actor, report)) {
            throw new AccessDeniedException("Its organisation's contributors change a report");
        }
        return report;
    }

    private static ReportForm form(Report report) {
        ReportDetails d = report.details();
        String heading = d.sections().stream().filter(s -> s.kind() == SectionKind.DISCUSSION)
                .map(ReportSection::heading).filter(h -> h != null).findFirst().orElse(null);
        return new ReportForm(d.itemNumber(), d.title(), d.reportOf(), d.contactName(), d.contactRole(),
                d.contactPhone(), d.contactEmail(), d.exempt(), d.exemption(), text(d, SectionKind.PURPOSE),
                text(d, SectionKind.RECOMMENDATIONS), text(d, SectionKind.TERMS_OF_REFERENCE),
                text(d, SectionKind.BACKGROUND), heading, text(d, SectionKind.DISCUSSION),
                text(d, SectionKind.NEXT_STEPS), text(d, SectionKind.BACKGROUND_PAPERS),
                text(d, SectionKind.APPENDICES), report.version());
    }

    private static String text(ReportDetails details, SectionKind kind) {
        return details.sections().stream().filter(s -> s.kind() == kind)
                .flatMap(s -> s.paragraphs().stream()).collect(Collectors.joining("\n\n"));
    }

    private static ReportDetails details(ReportForm f) {
        List<ReportSection> sections = new ArrayList<>();
        sections.add(section(SectionKind.PURPOSE, null, f.purpose()));
        sections.add(section(SectionKind.RECOMMENDATIONS, null, f.recommendations()));
        sections.add(section(SectionKind.TERMS_OF_REFERENCE, null, f.termsOfReference()));
        sections.add(section(SectionKind.BACKGROUND, null, f.background()));
        sections.add(section(SectionKind.DISCUSSION, f.discussionHeading() == null || f.discussionHeading().isBlank()
                ? null : f.discussionHeading().strip(), f.discussion()));
        sections.add(section(SectionKind.NEXT_STEPS, null, f.nextSteps()));
        sections.add(section(SectionKind.BACKGROUND_PAPERS, null, f.backgroundPapers()));
        sections.add(section(SectionKind.APPENDICES, null, f.appendices()));
        return new ReportDetails(f.itemNumber(), f.title(), f.reportOf(), f.contactName(), blank(f.contactRole()),
                blank(f.contactPhone()), blank(f.contactEmail()), Boolean.TRUE.equals(f.exempt()),
                blank(f.exemption()), sections);
    }

    private static ReportSection section(SectionKind kind, String heading, String text) {
        return new ReportSection(kind, heading, text == null ? List.of()
                : Arrays.asList(text.split("\\R\\s*\\R")));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(bytes);
    }
}
