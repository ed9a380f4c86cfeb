package uk.saferhub.documents.web;

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

import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentChangeRefused;
import uk.saferhub.documents.Rollout;
import uk.saferhub.documents.ServiceAgreements;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;

/**
 * Rolling a service agreement out to a further area: party coordinators, and only after a pilot's evaluated result
 * met its criteria (otherwise the service's refusal is shown in the error summary and nothing changes).
 */
@Controller
class RolloutFormController {

    private final AgreementPages pages;
    private final ServiceAgreements agreements;

    RolloutFormController(AgreementPages pages, ServiceAgreements agreements) {
        this.pages = pages;
        this.agreements = agreements;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/documents/{id}/rollouts/new")
    String newRollout(@PathVariable UUID id, Model model) {
        Document document = pages.manageable(CurrentActor.require(), id);
        model.addAttribute("rolloutForm", new RolloutForm());
        return form(model, document, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/documents/{id}/rollouts/new")
    String rollOut(@PathVariable UUID id, @ModelAttribute("rolloutForm") RolloutForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        Document document = pages.manageable(actor, id);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                Rollout rollout = agreements.rollOut(actor, id, form.place(), form.fromOn());
                redirect.addFlashAttribute("success", "Rolled out to " + rollout.placeName());
                return "redirect:/documents/" + id + "/agreement";
            } catch (DocumentChangeRefused refused) {
                AgreementFormSupport.reject(errors, refused);
            }
        }
        return form(model, document, true);
    }

    private String form(Model model, Document document, boolean withErrors) {
        String heading = "Roll " + document.title() + " out to another area";
        model.addAttribute("document", document);
        model.addAttribute("heading", heading);
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading);
        model.addAttribute("areas", pages.areaChoices());
        return "documents/agreement-rollout-form";
    }
}
