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
import uk.saferhub.documents.Pilot;
import uk.saferhub.documents.ServiceAgreements;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;

/** Starting a service agreement's pilot in a trial area and recording its evaluated result: party coordinators. */
@Controller
class PilotFormController {

    private final AgreementPages pages;
    private final ServiceAgreements agreements;

    PilotFormController(AgreementPages pages, ServiceAgreements agreements) {
        this.pages = pages;
        this.agreements = agreements;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/documents/{id}/pilots/new")
    String newPilot(@PathVariable UUID id, Model model) {
        Document document = pages.manageable(CurrentActor.require(), id);
        model.addAttribute("pilotForm", new PilotForm());
        return pilotForm(model, document, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/documents/{id}/pilots/new")
    String startPilot(@PathVariable UUID id, @ModelAttribute("pilotForm") PilotForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        Document document = pages.manageable(actor, id);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                Pilot pilot = agreements.startPilot(actor, id, form.details());
                redirect.addFlashAttribute("success", "Pilot in " + pilot.placeName() + " recorded");
                return "redirect:/documents/" + id + "/agreement";
            } catch (DocumentChangeRefused refused) {
                AgreementFormSupport.reject(errors, refused);
            }
        }
        return pilotForm(model, document, true);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/documents/{id}/pilots/{pilotId}/evaluate")
    String newEvaluation(@PathVariable UUID id, @PathVariable UUID pilotId, Model model) {
        Actor actor = CurrentActor.require();
        Document document = pages.manageable(actor, id);
        model.addAttribute("evaluationForm", new EvaluationForm());
        return evaluationForm(model, document, pages.pilot(actor, id, pilotId), false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/documents/{id}/pilots/{pilotId}/evaluate")
    String evaluate(@PathVariable UUID id, @PathVariable UUID pilotId,
            @ModelAttribute("evaluationForm") EvaluationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        Document document = pages.manageable(actor, id);
        Pilot pilot = pages.pilot(actor, id, pilotId);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                agreements.evaluate(actor, pilotId, form.evaluatedOn(), form.getEvaluationResult(),
                        form.successful());
                redirect.addFlashAttribute("success", "Evaluation of the pilot in " + pilot.placeName()
                        + " recorded");
                return "redirect:/documents/" + id + "/agreement";
            } catch (DocumentChangeRefused refused) {
                AgreementFormSupport.reject(errors, refused);
            }
        }
        return evaluationForm(model, document, pilot, true);
    }

    private String pilotForm(Model model, Document document, boolean withErrors) {
        String heading = "Start a pilot of " + document.title();
        model.addAttribute("document", document);
        model.addAttribute("heading", heading);
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading);
        model.addAttribute("areas", pages.areaChoices());
        return "documents/agreement-pilot-form";
    }

    private static String evaluationForm(Model model, Document document, Pilot pilot, boolean withErrors) {
        String heading = "Evaluation of the pilot in " + pilot.placeName();
        model.addAttribute("document", document);
        model.addAttribute("pilot", pilot);
        model.addAttribute("heading", heading);
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading);
        return "documents/agreement-evaluation-form";
    }
}
