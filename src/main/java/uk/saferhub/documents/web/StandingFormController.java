package uk.saferhub.documents.web;

import java.util.Map;
import java.util.UUID;

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

import uk.saferhub.documents.ApprovedDocumentSteps;
import uk.saferhub.documents.DocumentStep;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.ReviewOutcome;
import uk.saferhub.documents.internal.DisplayDates;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;

/**
 * Where an approved document stands: brought into force, reviewed with an outcome, withdrawn, or published on the
 * public pages (and taken off them). A party's coordinators; each step refused with the lifecycle's reason.
 */
@Controller
class StandingFormController {

    private static final Map<String, String> IN_FORCE_FIELDS = RefusalFields.of(InForceForm.class,
            "from", "from.day");
    private static final Map<String, String> REVIEW_FIELDS = RefusalFields.of(ReviewOutcomeForm.class,
            "reviewedOn", "reviewed.day");
    private static final Map<String, String> WITHDRAWAL_FIELDS = RefusalFields.of(WithdrawalForm.class);
    private static final Map<String, String> PUBLICATION_FIELDS = RefusalFields.of(PublicationForm.class);

    private final DocumentWorkflowContext pages;
    private final ApprovedDocumentSteps standing;
    private final OptionLabels labels;
    private final FormPost post;

    StandingFormController(DocumentWorkflowContext pages, ApprovedDocumentSteps standing, OptionLabels labels,
            FormPost post) {
        this.pages = pages;
        this.standing = standing;
        this.labels = labels;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/documents/{id}/in-force")
    String inForceForm(Actor actor, @PathVariable UUID id, Model model) {
        DocumentView view = pages.manageable(actor, id);
        model.addAttribute("inForceForm", InForceForm.on(pages.today()));
        return inForcePage(model, view);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/documents/{id}/in-force")
    String bringIntoForce(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("inForceForm") InForceForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        DocumentView view = pages.manageable(actor, id);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, IN_FORCE_FIELDS, () -> {
            standing.bringIntoForce(actor, id, form.from().date());
            return Done.redirect("/documents/" + id, "documents.inForce.done", DisplayDates.day(form.from().date()));
        }, () -> inForcePage(model, view));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/documents/{id}/review")
    String reviewForm(Actor actor, @PathVariable UUID id, Model model) {
        DocumentView view = pages.manageable(actor, id);
        model.addAttribute("reviewOutcomeForm", ReviewOutcomeForm.reviewedOn(pages.today()));
        return reviewPage(model, view);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/documents/{id}/review")
    String recordReview(Actor actor, @PathVariable UUID id,
            @Valid @ModelAttribute("reviewOutcomeForm") ReviewOutcomeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        DocumentView view = pages.manageable(actor, id);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, REVIEW_FIELDS, () -> {
            standing.recordReview(actor, id, form.reviewed().date(), form.outcome(), form.note());
            return Done.redirect("/documents/" + id, "documents.review.done." + form.outcome().name());
        }, () -> reviewPage(model, view));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/documents/{id}/withdraw")
    String withdrawForm(Actor actor, @PathVariable UUID id, Model model) {
        DocumentView view = pages.manageable(actor, id);
        model.addAttribute("withdrawalForm", WithdrawalForm.empty());
        return withdrawPage(model, view);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/documents/{id}/withdraw")
    String withdraw(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("withdrawalForm") WithdrawalForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        DocumentView view = pages.manageable(actor, id);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, WITHDRAWAL_FIELDS, () -> {
            standing.withdraw(actor, id, form.reason());
            return Done.redirect("/documents/" + id, "documents.withdraw.done");
        }, () -> withdrawPage(model, view));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/documents/{id}/publish")
    String publishForm(Actor actor, @PathVariable UUID id, Model model) {
        DocumentView view = pages.manageable(actor, id);
        model.addAttribute("publicationForm", PublicationForm.toChange(view.document().published()));
        return publishPage(model, view);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/documents/{id}/publish")
    String publish(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("publicationForm") PublicationForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        DocumentView view = pages.manageable(actor, id);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, PUBLICATION_FIELDS, () -> {
            standing.publish(actor, id, form.publish());
            return Done.redirect("/documents/" + id, "documents.publish.done." + form.choice().name());
        }, () -> publishPage(model, view));
    }

    private String inForcePage(Model model, DocumentView view) {
        pages.context(model, view, DocumentStep.BRING_INTO_FORCE);
        return "documents/in-force";
    }

    private String reviewPage(Model model, DocumentView view) {
        pages.context(model, view, DocumentStep.RECORD_REVIEW);
        model.addAttribute("outcomes", labels.of(ReviewOutcome.values(), "documents.review.outcome."));
        model.addAttribute("outcomeHints", labels.hints(ReviewOutcome.values(), "documents.review.outcome."));
        model.addAttribute("nextReview", DisplayDates.day(view.document().nextReviewOn()));
        return "documents/review";
    }

    private String withdrawPage(Model model, DocumentView view) {
        pages.context(model, view, DocumentStep.WITHDRAW);
        return "documents/withdraw";
    }

    private String publishPage(Model model, DocumentView view) {
        pages.context(model, view, DocumentStep.PUBLISH);
        model.addAttribute("choices", labels.of(PublicationForm.Publication.values(), "documents.publish.choice."));
        model.addAttribute("publicHandling", view.document().handlingLevel() == HandlingLevel.PUBLIC);
        return "documents/publish";
    }
}
