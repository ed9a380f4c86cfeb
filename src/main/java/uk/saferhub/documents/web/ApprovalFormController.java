package uk.saferhub.documents.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.documents.Approval;
import uk.saferhub.documents.ConsultationComment;
import uk.saferhub.documents.Approvals;
import uk.saferhub.documents.Consultations;
import uk.saferhub.documents.DocumentStep;
import uk.saferhub.documents.DocumentVersion;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;

/**
 * Recording the approval of the newest draft by the approving body named on the document, at one of its meetings
 * that has happened (the decision is recorded on the meeting) or by a delegated decision: a party's coordinators.
 * The comments received are shown above the form, as the body saw them.
 */
@Controller
class ApprovalFormController {

    private static final Map<String, String> FIELDS = RefusalFields.of(ApprovalForm.class, "meetingId", "approval",
            "bodyId", "approval", "decisionId", "approval", "decidedOn", "decided.day");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int MEETINGS_OFFERED = 30;

    private final DocumentWorkflowContext pages;
    private final Approvals approvals;
    private final Meetings meetings;
    private final OptionLabels labels;
    private final FormPost post;

    ApprovalFormController(DocumentWorkflowContext pages, Approvals approvals, Meetings meetings,
            OptionLabels labels, FormPost post) {
        this.pages = pages;
        this.approvals = approvals;
        this.meetings = meetings;
        this.labels = labels;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/documents/{id}/approve")
    String approveForm(Actor actor, @PathVariable UUID id, Model model) {
        DocumentView view = pages.manageable(actor, id);
        model.addAttribute("approvalForm", ApprovalForm.decidedOn(pages.today()));
        return form(model, actor, view);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/documents/{id}/approve")
    String approve(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("approvalForm") ApprovalForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        DocumentView view = pages.manageable(actor, id);
        String body = view.approvingBodyName() == null ? labels.text("documents.approve.theApprovingBody")
                : view.approvingBodyName();
        BindingResult checked = post.check(form, errors, model, rules -> form.check(rules, body));
        return post.submit(checked, redirect, FIELDS, () -> {
            Approval approval = approvals.approve(actor, id, form.details(view.document().approvingBodyId()));
            DocumentVersion draft = view.workingDraft();
            return Done.redirect("/documents/" + id, approval.delegatedTo() == null ? "documents.approve.done"
                    : "documents.approve.done.delegated", body,
                    draft == null ? labels.text("documents.approve.theDraft") : draft.shortLabel(),
                    draft == null ? "" : (draft.major() + 1) + ".0");
        }, () -> form(model, actor, view));
    }

    private String form(Model model, Actor actor, DocumentView view) {
        pages.context(model, view, DocumentStep.APPROVE);
        if (view.document().approvingBodyId() == null) {
            model.addAttribute("refusal", labels.text("documents.approve.noBody"));
        }
        List<Option> held = meetingChoices(actor, view);
        model.addAttribute("meetingsHeld", !held.isEmpty());
        model.addAttribute("routes", Stream.concat(held.stream(), Stream.of(
                new Option(ApprovalForm.Route.DELEGATED, labels.text("documents.approve.approval.delegated"))))
                .toList());
        Map<String, List<ConsultationComment>> summary = Consultations.bySection(view);
        model.addAttribute("summary", summary);
        model.addAttribute("commentCount", summary.values().stream().mapToInt(List::size).sum());
        model.addAttribute("circulationVersions", ConsultationPageController.circulationVersions(view));
        return "documents/approve";
    }

    /** The approving body's meetings that have happened and were not cancelled, newest first. */
    private List<Option> meetingChoices(Actor actor, DocumentView view) {
        if (view.document().approvingBodyId() == null) {
            return List.of();
        }
        LocalDate today = pages.today();
        List<Meeting> held;
        try {
            held = meetings.meetingsOf(actor, view.document().approvingBodyId(),
                    LocalDate.of(1990, 1, 1).atStartOfDay(LONDON).toInstant(),
                    today.plusDays(1).atStartOfDay(LONDON).toInstant());
        } catch (RecordNotFoundException hidden) {
            return List.of();
        }
        return held.stream().filter(m -> !m.cancelled() && !m.start().toLocalDate().isAfter(today))
                .sorted(Comparator.comparing(Meeting::start).reversed()).limit(MEETINGS_OFFERED)
                .map(m -> Option.of(m.id(), labels.text("documents.approve.meeting", DAY.format(m.start()),
                        view.approvingBodyName())))
                .toList();
    }
}
