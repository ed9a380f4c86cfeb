package uk.saferhub.documents.web;

import java.util.List;
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

import uk.saferhub.documents.DisplayDates;
import uk.saferhub.documents.DocumentChangeRefused;
import uk.saferhub.documents.ApprovedDocumentSteps;
import uk.saferhub.documents.DocumentStep;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.ReviewOutcome;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.HandlingLevel;

/**
 * Where an approved document stands: brought into force, reviewed with an outcome, withdrawn, or published on the
 * public pages (and taken off them). A party's coordinators; each step refused with the lifecycle's reason.
 */
@Controller
class StandingFormController {

    private static final Map<String, String> REVIEW_FIELDS = Map.of("outcome", "outcome", "reviewedOn",
            "reviewedDay", "note", "note");

    private final DocumentWorkflowContext pages;
    private final ApprovedDocumentSteps standing;

    StandingFormController(DocumentWorkflowContext pages, ApprovedDocumentSteps standing) {
        this.pages = pages;
        this.standing = standing;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/documents/{id}/in-force")
    String inForceForm(@PathVariable UUID id, Model model) {
        DocumentView view = pages.manageable(CurrentActor.require(), id);
        model.addAttribute("inForceForm", InForceForm.from(pages.today()));
        return page(model, view, "Bring into force", DocumentStep.BRING_INTO_FORCE, "documents/in-force", false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/documents/{id}/in-force")
    String bringIntoForce(@PathVariable UUID id, @ModelAttribute("inForceForm") InForceForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        DocumentView view = pages.manageable(actor, id);
        var from = form.check(errors);
        if (!errors.hasErrors()) {
            try {
                standing.bringIntoForce(actor, id, from);
                redirect.addFlashAttribute("success", "In force from " + DisplayDates.day(from));
                return "redirect:/documents/" + id;
            } catch (DocumentChangeRefused refused) {
                DocumentWorkflowContext.reject(errors, refused, Map.of());
            }
        }
        return page(model, view, "Bring into force", DocumentStep.BRING_INTO_FORCE, "documents/in-force", true);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/documents/{id}/review")
    String reviewForm(@PathVariable UUID id, Model model) {
        DocumentView view = pages.manageable(CurrentActor.require(), id);
        model.addAttribute("reviewOutcomeForm", ReviewOutcomeForm.reviewedOn(pages.today()));
        return reviewPage(model, view, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/documents/{id}/review")
    String recordReview(@PathVariable UUID id, @ModelAttribute("reviewOutcomeForm") ReviewOutcomeForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        DocumentView view = pages.manageable(actor, id);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                standing.recordReview(actor, id, form.reviewedOn(), form.outcome(), form.getNote());
                redirect.addFlashAttribute("success", "Review recorded: " + form.outcome().label().toLowerCase());
                return "redirect:/documents/" + id;
            } catch (DocumentChangeRefused refused) {
                DocumentWorkflowContext.reject(errors, refused, REVIEW_FIELDS);
            }
        }
        return reviewPage(model, view, true);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/documents/{id}/withdraw")
    String withdrawForm(@PathVariable UUID id, Model model) {
        DocumentView view = pages.manageable(CurrentActor.require(), id);
        model.addAttribute("withdrawalForm", new WithdrawalForm());
        return page(model, view, "Withdraw the document", DocumentStep.WITHDRAW, "documents/withdraw", false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/documents/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @ModelAttribute("withdrawalForm") WithdrawalForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        DocumentView view = pages.manageable(actor, id);
        try {
            standing.withdraw(actor, id, form.getReason());
            redirect.addFlashAttribute("success", "Withdrawn: it is kept for the record and never changes again");
            return "redirect:/documents/" + id;
        } catch (DocumentChangeRefused refused) {
            DocumentWorkflowContext.reject(errors, refused, Map.of("reason", "reason"));
        }
        return page(model, view, "Withdraw the document", DocumentStep.WITHDRAW, "documents/withdraw", true);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/documents/{id}/publish")
    String publishForm(@PathVariable UUID id, Model model) {
        DocumentView view = pages.manageable(CurrentActor.require(), id);
        PublicationForm form = new PublicationForm();
        form.setChoice(view.document().published() ? PublicationForm.TAKE_OFF : PublicationForm.PUBLISH);
        model.addAttribute("publicationForm", form);
        return publishPage(model, view, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/documents/{id}/publish")
    String publish(@PathVariable UUID id, @ModelAttribute("publicationForm") PublicationForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        DocumentView view = pages.manageable(actor, id);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                standing.publish(actor, id, form.publish());
                redirect.addFlashAttribute("success", form.publish() ? "Published on the public pages"
                        : "Taken off the public pages");
                return "redirect:/documents/" + id;
            } catch (DocumentChangeRefused refused) {
                DocumentWorkflowContext.reject(errors, refused, Map.of());
            }
        }
        return publishPage(model, view, true);
    }

    private String reviewPage(Model model, DocumentView view, boolean withErrors) {
        model.addAttribute("outcomes", List.of(
                new WorkflowChoice(ReviewOutcome.NO_CHANGE.name(), "No change", "It stands as it is; the next"
                        + " review date is set from the review period"),
                new WorkflowChoice(ReviewOutcome.REVISE.name(), "Revise", "It goes under review: edit it to make a"
                        + " new draft, which goes through consultation and approval again"),
                new WorkflowChoice(ReviewOutcome.WITHDRAW.name(), "Withdraw", "It is withdrawn for good and leaves"
                        + " the public pages")));
        model.addAttribute("nextReview", DisplayDates.day(view.document().nextReviewOn()));
        return page(model, view, "Record a review", DocumentStep.RECORD_REVIEW, "documents/review", withErrors);
    }

    private String publishPage(Model model, DocumentView view, boolean withErrors) {
        model.addAttribute("choices", List.of(
                WorkflowChoice.of(PublicationForm.PUBLISH, "Publish it on the public pages"),
                WorkflowChoice.of(PublicationForm.TAKE_OFF, "Take it off the public pages")));
        model.addAttribute("publicHandling", view.document().handlingLevel() == HandlingLevel.PUBLIC);
        return page(model, view, "Publish on the public pages", DocumentStep.PUBLISH, "documents/publish",
                withErrors);
    }

    private static String page(Model model, DocumentView view, String heading, DocumentStep step, String template,
            boolean withErrors) {
        DocumentWorkflowContext.context(model, view, heading, withErrors);
        model.addAttribute("refusal", DocumentWorkflowContext.refusal(view, step));
        return template;
    }
}
