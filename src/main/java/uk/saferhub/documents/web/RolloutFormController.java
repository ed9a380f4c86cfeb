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

import uk.saferhub.documents.Document;
import uk.saferhub.documents.Rollout;
import uk.saferhub.documents.ServiceAgreements;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;

/**
 * Rolling a service agreement out to a further area: party coordinators, and only after a pilot's evaluated result
 * met its criteria (otherwise the service's refusal is shown beside the area and nothing changes).
 */
@Controller
class RolloutFormController {

    private static final Map<String, String> FIELDS = RefusalFields.of(RolloutForm.class);

    private final AgreementPages pages;
    private final ServiceAgreements agreements;
    private final FormPost post;

    RolloutFormController(AgreementPages pages, ServiceAgreements agreements, FormPost post) {
        this.pages = pages;
        this.agreements = agreements;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/documents/{id}/rollouts/new")
    String newRollout(Actor actor, @PathVariable UUID id, Model model) {
        Document document = pages.manageable(actor, id);
        model.addAttribute("rolloutForm", RolloutForm.empty());
        return form(model, document);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/documents/{id}/rollouts/new")
    String rollOut(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("rolloutForm") RolloutForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Document document = pages.manageable(actor, id);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, FIELDS, () -> {
            Rollout rollout = agreements.rollOut(actor, id, form.placeId(), form.fromOn().date());
            return Done.redirect("/documents/" + id + "/agreement", "documents.agreementRolloutForm.rolledOut",
                    rollout.placeName());
        }, () -> form(model, document));
    }

    private String form(Model model, Document document) {
        model.addAttribute("document", document);
        model.addAttribute("areas", pages.areaChoices());
        return "documents/agreement-rollout-form";
    }
}
