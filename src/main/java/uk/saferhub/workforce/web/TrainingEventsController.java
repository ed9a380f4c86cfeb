package uk.saferhub.workforce.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.workforce.Training;
import uk.saferhub.workforce.TrainingAttendee;
import uk.saferhub.workforce.TrainingChangeRefused;
import uk.saferhub.workforce.TrainingEvent;

/**
 * The training events one's partnerships hold, coming and past, filtered by topic; one event with who attended; and,
 * for coordinators of the owner's partnerships, recording attendance once it has been held.
 */
@Controller
class TrainingEventsController {

    private final Training training;
    private final TrainingNames names;

    TrainingEventsController(Training training, TrainingNames names) {
        this.training = training;
        this.names = names;
    }

    /** An event as a row of the list. */
    record EventRow(TrainingEvent event, String date, String owner) {
    }

    @InitBinder("attendanceForm")
    void onlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields("attended");
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/workforce/training")
    String events(@RequestParam(required = false) String topic, Model model) {
        Actor actor = CurrentActor.require();
        LocalDate today = training.today();
        List<EventRow> rows = training.events(actor, topic).stream()
                .map(event -> new EventRow(event, TrainingDates.LONG.format(event.heldOn()),
                        names.organisation(event.ownerId())))
                .toList();
        model.addAttribute("upcoming", rows.stream().filter(row -> !row.event().heldOn().isBefore(today)).toList());
        model.addAttribute("past", rows.stream().filter(row -> row.event().heldOn().isBefore(today)).toList()
                .reversed());
        model.addAttribute("topics", training.topics(actor));
        model.addAttribute("topic", topic == null ? "" : topic.strip());
        model.addAttribute("mayAdd", training.mayChangeRequirements(actor));
        return "workforce/training-events";
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/workforce/training/{id}")
    String event(@PathVariable UUID id, Model model) {
        Actor actor = CurrentActor.require();
        TrainingEvent event = training.event(actor, id);
        List<TrainingAttendee> attendees = training.attendance(actor, id);
        model.addAttribute("attendanceForm", TrainingAttendanceForm.of(attendees));
        return page(model, actor, event, attendees, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/training/{id}/attendance")
    String recordAttendance(@PathVariable UUID id, @ModelAttribute("attendanceForm") TrainingAttendanceForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        TrainingEvent event = training.editableEvent(actor, id);
        Set<UUID> attended = form.ids();
        if (attended == null) {
            errors.rejectValue("attended", "invalid", "Choose the PCSOs who attended from the list");
        } else {
            try {
                training.recordAttendance(actor, id, attended);
                redirect.addFlashAttribute("success", "Attendance recorded");
                return "redirect:/workforce/training/" + id;
            } catch (TrainingChangeRefused refused) {
                FormErrors.reject(errors, refused);
            }
        }
        return page(model, actor, event, training.attendance(actor, id), true);
    }

    private String page(Model model, Actor actor, TrainingEvent event, List<TrainingAttendee> attendees,
            boolean withErrors) {
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + event.title());
        model.addAttribute("event", event);
        model.addAttribute("date", TrainingDates.LONG.format(event.heldOn()));
        model.addAttribute("owner", names.organisation(event.ownerId()));
        model.addAttribute("attendedList", attendees.stream().filter(TrainingAttendee::recordedAttending).toList());
        model.addAttribute("absentList", attendees.stream().filter(TrainingAttendee::recordedAbsent).toList());
        model.addAttribute("offered", attendees.stream().map(one -> new TrainingChoice(one.officer().id().toString(),
                one.officer().label() + ", " + names.organisation(one.officer().forceId()))).toList());
        model.addAttribute("mayEdit", training.mayEdit(actor, event));
        model.addAttribute("held", event.heldBy(training.today()));
        return "workforce/training-event";
    }
}
