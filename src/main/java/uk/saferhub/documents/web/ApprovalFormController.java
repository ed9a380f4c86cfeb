package uk.saferhub.documents.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

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
import uk.saferhub.documents.Consultations;
import uk.saferhub.documents.DocumentChangeRefused;
import uk.saferhub.documents.DocumentStep;
import uk.saferhub.documents.DocumentVersion;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * Recording the approval of the newest draft by the approving body named on the document, at one of its meetings
 * that has happened (the decision is recorded on the meeting) or by a delegated decision: a party's coordinators.
 * The comments received are shown above the form, as the body saw them.
 */
@Controller
class ApprovalFormController {

    private static final Map<String, String> FIELDS = Map.of("meetingId", "approval", "bodyId", "approval",
            "decisionId", "approval", "delegatedTo", "delegatedTo", "decidedOn", "decidedDay");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int MEETINGS_OFFERED = 30;

    private final DocumentWorkflowContext pages;
    private final Consultations consultations;
    private final Meetings meetings;

    ApprovalFormController(DocumentWorkflowContext pages, Consultations consultations, Meetings meetings) {
        this.pages = pages;
        this.consultations = consultations;
        this.meetings = meetings;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/documents/{id}/approve")
    String approveForm(@PathVariable UUID id, Model model) {
        Actor actor = CurrentActor.require();
        DocumentView view = pages.manageable(actor, id);
        ApprovalForm form = new ApprovalForm();
        LocalDate today = pages.today();
        form.setDecidedDay(FormDates.day(today));
        form.setDecidedMonth(FormDates.month(today));
        form.setDecidedYear(FormDates.year(today));
        model.addAttribute("approvalForm", form);
        return form(model, actor, view, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/documents/{id}/approve")
    String approve(@PathVariable UUID id, @ModelAttribute("approvalForm") ApprovalForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        DocumentView view = pages.manageable(actor, id);
        String body = view.approvingBodyName() == null ? "the approving body" : view.approvingBodyName();
        form.check(errors, body);
        if (!errors.hasErrors()) {
            try {
                Approval approval = consultations.approve(actor, id, form.details(view.document().approvingBodyId()));
                DocumentVersion draft = view.workingDraft();
                redirect.addFlashAttribute("success", "Approved by " + body + ": " + (draft == null ? "the draft"
                        : draft.shortLabel()) + " is now Version " + (draft == null ? "" : (draft.major() + 1) + ".0")
                        + (approval.delegatedTo() == null ? "" : " (delegated decision)"));
                return "redirect:/documents/" + id;
            } catch (DocumentChangeRefused refused) {
                DocumentWorkflowContext.reject(errors, refused, FIELDS);
            }
        }
        return form(model, actor, view, true);
    }

    private String form(Model model, Actor actor, DocumentView view, boolean withErrors) {
        DocumentWorkflowContext.context(model, view, "Record the approval", withErrors);
        model.addAttribute("refusal", view.document().approvingBodyId() == null
                ? "Name the approving body on the document before recording its approval"
                : DocumentWorkflowContext.refusal(view, DocumentStep.APPROVE));
        model.addAttribute("meetings", meetingChoices(actor, view));
        Map<String, List<ConsultationComment>> summary = Consultations.bySection(view);
        model.addAttribute("summary", summary);
        model.addAttribute("commentCount", summary.values().stream().mapToInt(List::size).sum());
        model.addAttribute("circulationVersions", ConsultationPageController.circulationVersions(view));
        return "documents/approve";
    }

    /** The approving body's meetings that have happened and were not cancelled, newest first. */
    private List<WorkflowChoice> meetingChoices(Actor actor, DocumentView view) {
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
                .map(m -> WorkflowChoice.of(m.id().toString(), DAY.format(m.start()) + " — "
                        + view.approvingBodyName()))
                .toList();
    }
}
