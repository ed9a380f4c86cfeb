package uk.saferhub.tasking.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import uk.saferhub.documents.HousePdf;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.tasking.TaskingReports;
import uk.saferhub.tasking.internal.AreaReport;
import uk.saferhub.tasking.internal.IssuedReport;
import uk.saferhub.tasking.web.AreaReportForms.AttachForm;
import uk.saferhub.tasking.web.AreaReportForms.IssueForm;

/**
 * The tailored report to each Area Committee and the periodic report to each Divisional CSP / Locality Partnership
 * (seed 001 section 6): what the tasking meetings of its area agreed and achieved since the last report. Readers who
 * may see the body read it (page and PDF; each sees only the priorities they may see); those who may change the body
 * issue it and attach an issued one to a coming meeting of the body as a paper (an issued report holds only PUBLIC and
 * PARTNERSHIP priorities, since every reader of the meeting's papers may open it).
 */
@Controller
class AreaReportController {

    private final TaskingReports reports;
    private final TaskingChoices choices;
    private final FormPost post;
    private final PageWords words;
    private final HousePdf pdf;

    AreaReportController(TaskingReports reports, TaskingChoices choices, FormPost post, PageWords words,
            HousePdf pdf) {
        this.reports = reports;
        this.choices = choices;
        this.post = post;
        this.words = words;
        this.pdf = pdf;
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/tasking/reports")
    String bodies(Actor actor, Model model) {
        model.addAttribute("bodies", reports.bodies(actor));
        return "tasking/reports";
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/tasking/reports/{bodyId}")
    String current(Actor actor, @PathVariable UUID bodyId, Model model) {
        model.addAttribute("issueForm", IssueForm.empty());
        return currentPage(actor, bodyId, model);
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/tasking/reports/{bodyId}/report.pdf")
    ResponseEntity<byte[]> currentPdf(Actor actor, @PathVariable UUID bodyId) {
        return printed(reports.current(actor, BodyId.of(bodyId), null));
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/tasking/reports/{bodyId}/issue")
    String issue(Actor actor, @PathVariable UUID bodyId, @Valid @ModelAttribute("issueForm") IssueForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> {
            IssuedReport issued = reports.issue(actor, BodyId.of(bodyId),
                    form.to().isBlank() ? reports.today() : form.to().date());
            return Done.redirect("/tasking/reports/" + bodyId + "/issued/" + issued.id(), "tasking.report.issuedDone");
        }, () -> currentPage(actor, bodyId, model));
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/tasking/reports/{bodyId}/issued/{reportId}")
    String issued(Actor actor, @PathVariable UUID bodyId, @PathVariable UUID reportId, Model model) {
        model.addAttribute("attachForm", AttachForm.empty());
        return issuedPage(actor, bodyId, reportId, model);
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/tasking/reports/{bodyId}/issued/{reportId}/report.pdf")
    ResponseEntity<byte[]> issuedPdf(Actor actor, @PathVariable UUID bodyId, @PathVariable UUID reportId) {
        return printed(reports.issued(actor, BodyId.of(bodyId), reportId));
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/tasking/reports/{bodyId}/issued/{reportId}/attach")
    String attach(Actor actor, @PathVariable UUID bodyId, @PathVariable UUID reportId,
            @Valid @ModelAttribute("attachForm") AttachForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> {
            AreaReport report = reports.issued(actor, BodyId.of(bodyId), reportId);
            String link = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/tasking/reports/{bodyId}/issued/{reportId}/report.pdf").buildAndExpand(bodyId, reportId)
                    .toUriString();
            reports.attach(actor, BodyId.of(bodyId), reportId, form.meetingId(), title(report), link);
            return Done.redirect("/meetings/" + form.meetingId(), "tasking.report.attachedDone");
        }, () -> issuedPage(actor, bodyId, reportId, model));
    }

    private String currentPage(Actor actor, UUID bodyId, Model model) {
        AreaReport report = reports.current(actor, BodyId.of(bodyId), null);
        model.addAttribute("report", report);
        model.addAttribute("issuedReports", reports.issuedTo(actor, BodyId.of(bodyId)));
        model.addAttribute("mayIssue", reports.mayIssue(actor, report.body()));
        model.addAttribute("organisationNames", choices.organisationNames());
        return "tasking/report";
    }

    private String issuedPage(Actor actor, UUID bodyId, UUID reportId, Model model) {
        AreaReport report = reports.issued(actor, BodyId.of(bodyId), reportId);
        Body body = report.body();
        model.addAttribute("report", report);
        model.addAttribute("mayIssue", reports.mayIssue(actor, body));
        model.addAttribute("meetings", reports.comingMeetings(actor, body).stream()
                .map(meeting -> Option.of(meeting.id(), choices.day(meeting.start()) + ": " + meeting.title()))
                .toList());
        model.addAttribute("organisationNames", choices.organisationNames());
        return "tasking/report-issued";
    }

    private ResponseEntity<byte[]> printed(AreaReport report) {
        byte[] printed = pdf.print("tasking/report-pdf", Map.of("report", report, "organisationNames",
                choices.organisationNames(), "reportTitle", title(report)), title(report));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("tasking-report.pdf")
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff").body(printed);
    }

    private String title(AreaReport report) {
        return words.text(report.tailored() ? "tasking.report.title.tailored" : "tasking.report.title.periodic",
                report.body().name());
    }
}
