package uk.saferhub.documents.web;

import java.util.List;
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
import uk.saferhub.documents.Pilot;
import uk.saferhub.documents.ServiceAgreements;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;

/** Starting a service agreement's pilot in a trial area and recording its evaluated result: party coordinators. */
@Controller
class PilotFormController {

    private static final Map<String, String> PILOT_FIELDS = RefusalFields.of(PilotForm.class,
            "startsOn", "startsOn.day", "endsOn", "endsOn.day");
    private static final Map<String, String> EVALUATION_FIELDS = RefusalFields.of(EvaluationForm.class,
            "evaluatedOn", "evaluatedOn.day");

    private final AgreementPages pages;
    private final ServiceAgreements agreements;
    private final OptionLabels labels;
    private final FormPost post;

    PilotFormController(AgreementPages pages, ServiceAgreements agreements, OptionLabels labels, FormPost post) {
        this.pages = pages;
        this.agreements = agreements;
        this.labels = labels;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/documents/{id}/pilots/new")
    String newPilot(Actor actor, @PathVariable UUID id, Model model) {
        Document document = pages.manageable(actor, id);
        model.addAttribute("pilotForm", PilotForm.empty());
        return pilotForm(model, document);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/documents/{id}/pilots/new")
    String startPilot(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("pilotForm") PilotForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Document document = pages.manageable(actor, id);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, PILOT_FIELDS, () -> {
            Pilot pilot = agreements.startPilot(actor, id, form.details());
            return Done.redirect("/documents/" + id + "/agreement", "documents.agreementPilotForm.started",
                    pilot.placeName());
        }, () -> pilotForm(model, document));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/documents/{id}/pilots/{pilotId}/evaluate")
    String newEvaluation(Actor actor, @PathVariable UUID id, @PathVariable UUID pilotId, Model model) {
        Document document = pages.manageable(actor, id);
        model.addAttribute("evaluationForm", EvaluationForm.empty());
        return evaluationForm(model, document, pages.pilot(actor, id, pilotId));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/documents/{id}/pilots/{pilotId}/evaluate")
    String evaluate(Actor actor, @PathVariable UUID id, @PathVariable UUID pilotId,
            @Valid @ModelAttribute("evaluationForm") EvaluationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Document document = pages.manageable(actor, id);
        Pilot pilot = pages.pilot(actor, id, pilotId);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, EVALUATION_FIELDS, () -> {
            agreements.evaluate(actor, pilotId, form.evaluatedOn().date(), form.evaluationResult(),
                    form.successful());
            return Done.redirect("/documents/" + id + "/agreement", "documents.agreementEvaluationForm.recorded",
                    pilot.placeName());
        }, () -> evaluationForm(model, document, pilot));
    }

    private String pilotForm(Model model, Document document) {
        model.addAttribute("document", document);
        model.addAttribute("areas", pages.areaChoices());
        return "documents/agreement-pilot-form";
    }

    private String evaluationForm(Model model, Document document, Pilot pilot) {
        model.addAttribute("document", document);
        model.addAttribute("pilot", pilot);
        model.addAttribute("answers", List.of(
                new Option("true", labels.text("documents.agreementEvaluationForm.successful.yes")),
                new Option("false", labels.text("documents.agreementEvaluationForm.successful.no"))));
        return "documents/agreement-evaluation-form";
    }
}
