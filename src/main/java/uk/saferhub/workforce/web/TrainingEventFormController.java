package uk.saferhub.workforce.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.workforce.Training;
import uk.saferhub.workforce.TrainingChangeRefused;
import uk.saferhub.workforce.TrainingEvent;
import uk.saferhub.workforce.TrainingEventDetails;

/** Adding a training event for one's organisation, and changing one: coordinators of the owner's partnerships. */
@Controller
class TrainingEventFormController {

    private final Training training;

    TrainingEventFormController(Training training) {
        this.training = training;
    }

    @InitBinder("eventForm")
    void onlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields("title", "topic", "heldOnDay", "heldOnMonth", "heldOnYear", "venue", "provider",
                "invitedGuests");
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/workforce/training/new")
    String newEvent(Model model) {
        model.addAttribute("eventForm", new TrainingEventForm());
        return page(model, null, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/training/new")
    String add(@Valid @ModelAttribute("eventForm") TrainingEventForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        TrainingEventDetails details = form.details(errors);
        if (!errors.hasErrors()) {
            try {
                TrainingEvent event = training.createEvent(actor, details);
                redirect.addFlashAttribute("success", "Training event added");
                return "redirect:/workforce/training/" + event.id();
            } catch (TrainingChangeRefused refused) {
                TrainingEventForm.reject(errors, refused);
            }
        }
        return page(model, null, true);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/workforce/training/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        TrainingEvent event = training.editableEvent(CurrentActor.require(), id);
        model.addAttribute("eventForm", TrainingEventForm.of(event));
        return page(model, event, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/training/{id}/edit")
    String revise(@PathVariable UUID id, @Valid @ModelAttribute("eventForm") TrainingEventForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        TrainingEvent event = training.editableEvent(actor, id);
        TrainingEventDetails details = form.details(errors);
        if (!errors.hasErrors()) {
            try {
                training.reviseEvent(actor, id, details);
                redirect.addFlashAttribute("success", "Training event changed");
                return "redirect:/workforce/training/" + id;
            } catch (TrainingChangeRefused refused) {
                TrainingEventForm.reject(errors, refused);
            }
        }
        return page(model, event, true);
    }

    private static String page(Model model, TrainingEvent event, boolean withErrors) {
        String heading = event == null ? "Add a training event" : "Change the training event";
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading);
        model.addAttribute("heading", heading);
        model.addAttribute("event", event);
        return "workforce/training-event-form";
    }
}
