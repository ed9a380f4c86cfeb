package uk.saferhub.meetings.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

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

import uk.saferhub.meetings.Cadence;
import uk.saferhub.meetings.CadenceRefused;
import uk.saferhub.meetings.MeetingScheduler;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.meetings.ScheduleChange;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.RecordNotFoundException;

/** Setting how often a body meets, which regenerates its coming meetings: coordinators of the body's partnership. */
@Controller
class CadenceFormController {

    private final Meetings meetings;
    private final MeetingScheduler scheduler;
    private final Partnership partnership;

    CadenceFormController(Meetings meetings, MeetingScheduler scheduler, Partnership partnership) {
        this.meetings = meetings;
        this.scheduler = scheduler;
        this.partnership = partnership;
    }

    @InitBinder("cadenceForm")
    void onlyTheFormsFields(WebDataBinder binder) {
        List<String> fields = new ArrayList<>(List.of("kind", "intervalWeeks", "anchorDay", "anchorMonth",
                "anchorYear", "windowMonth", "windowWeek", "windowDay", "windowPurpose", "windowEnd", "startTime",
                "durationMinutes", "location"));
        for (int i = 0; i < CadenceForm.MOST_ROWS; i++) {
            fields.add("months[" + i + "].*");
        }
        binder.setAllowedFields(fields.toArray(String[]::new));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/partnership/bodies/{id}/cadence")
    String form(@PathVariable String id, Model model) {
        Actor actor = CurrentActor.require();
        Body body = editable(actor, id);
        CadenceForm form = meetings.cadence(actor, body.id()).map(CadenceForm::of).orElseGet(CadenceForm::new);
        model.addAttribute("cadenceForm", form);
        return page(model, body, form, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/partnership/bodies/{id}/cadence")
    String save(@PathVariable String id, @Valid @ModelAttribute("cadenceForm") CadenceForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        Body body = editable(actor, id);
        Cadence cadence = form.cadence(errors);
        if (cadence != null) {
            try {
                ScheduleChange change = scheduler.setCadence(actor, body.id(), cadence);
                redirect.addFlashAttribute("success", "Cadence saved: " + cadence.describe() + ". "
                        + capitalised(change.describe()) + ".");
                return "redirect:/partnership/bodies/" + body.id() + "/meetings";
            } catch (CadenceRefused refused) {
                String field = form.fieldOf(refused);
                if (field == null) {
                    errors.reject("refused", refused.getMessage());
                } else {
                    errors.rejectValue(field, "refused", refused.getMessage());
                }
            }
        }
        return page(model, body, form, true);
    }

    private Body editable(Actor actor, String id) {
        Body body = partnership.body(actor, ScheduleIds.body(id));
        if (!partnership.mayEdit(actor, body)) {
            throw new RecordNotFoundException("body", id);
        }
        return body;
    }

    private String page(Model model, Body body, CadenceForm form, boolean withErrors) {
        String heading = "How often " + body.name() + " meets";
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading);
        model.addAttribute("heading", heading);
        model.addAttribute("body", body);
        model.addAttribute("kinds", ScheduleChoice.kinds());
        model.addAttribute("monthChoices", ScheduleChoice.months());
        model.addAttribute("weekChoices", ScheduleChoice.weeks());
        model.addAttribute("dayChoices", ScheduleChoice.days());
        model.addAttribute("rows", IntStream.range(0, Math.min(form.getMonths().size(), CadenceForm.MOST_ROWS))
                .boxed().toList());
        return "meetings/cadence-form";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
