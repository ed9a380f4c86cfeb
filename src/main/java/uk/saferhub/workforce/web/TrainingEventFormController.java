package uk.saferhub.workforce.web;

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

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.workforce.internal.Training;
import uk.saferhub.workforce.internal.TrainingEvent;

/** Adding a training event for one's organisation, and changing one: coordinators of the owner's partnerships. */
@Controller
class TrainingEventFormController {

    /** The service's date of the event, as the form's date input is named. */
    private static final Map<String, String> FIELDS = Map.of("heldOn", "heldOn.day");

    private final Training training;
    private final FormPost post;

    TrainingEventFormController(Training training, FormPost post) {
        this.training = training;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/workforce/training/new")
    String newEvent(Model model) {
        model.addAttribute("eventForm", TrainingEventForm.empty());
        return page(model, null);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/training/new")
    String add(Actor actor, @Valid @ModelAttribute("eventForm") TrainingEventForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, FIELDS,
                () -> Done.redirect("/workforce/training/" + training.createEvent(actor, form.details()).id(),
                        "workforce.trainingEvent.added"),
                () -> page(model, null));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/workforce/training/{id}/edit")
    String edit(Actor actor, @PathVariable UUID id, Model model) {
        TrainingEvent event = training.editableEvent(actor, id);
        model.addAttribute("eventForm", TrainingEventForm.of(event));
        return page(model, event);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/training/{id}/edit")
    String revise(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("eventForm") TrainingEventForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        TrainingEvent event = training.editableEvent(actor, id);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, FIELDS, () -> {
            training.reviseEvent(actor, id, form.details());
            return Done.redirect("/workforce/training/" + id, "workforce.trainingEvent.changed");
        }, () -> page(model, event));
    }

    private static String page(Model model, TrainingEvent event) {
        model.addAttribute("event", event);
        return "workforce/training-event-form";
    }
}
