package uk.saferhub.workforce.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.Option;
import uk.saferhub.workforce.internal.Training;
import uk.saferhub.workforce.internal.TrainingAttendee;
import uk.saferhub.workforce.internal.TrainingEvent;

/**
 * The training events one's partnerships hold, coming and past, filtered by topic; one event with who attended; and,
 * for coordinators of the owner's partnerships, recording attendance once it has been held.
 */
@Controller
class TrainingEventsController {

    private final Training training;
    private final TrainingNames names;
    private final FormPost post;

    TrainingEventsController(Training training, TrainingNames names, FormPost post) {
        this.training = training;
        this.names = names;
        this.post = post;
    }

    /** An event as a row of the list. */
    record EventRow(TrainingEvent event, String owner) {
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/workforce/training")
    String events(Actor actor, @RequestParam(required = false) String topic, Model model) {
        LocalDate today = training.today();
        List<EventRow> rows = training.events(actor, topic).stream()
                .map(event -> new EventRow(event, names.organisation(event.ownerId())))
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
    String event(Actor actor, @PathVariable UUID id, Model model) {
        TrainingEvent event = training.event(actor, id);
        List<TrainingAttendee> attendees = training.attendance(actor, id);
        return page(model, actor, event, attendees, TrainingAttendanceForm.of(attendees));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/training/{id}/attendance")
    String recordAttendance(Actor actor, @PathVariable UUID id,
            @ModelAttribute("attendanceForm") TrainingAttendanceForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        TrainingEvent event = training.editableEvent(actor, id);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> {
            training.recordAttendance(actor, id, form.ids());
            return Done.redirect("/workforce/training/" + id, "workforce.attendance.recorded");
        }, () -> page(model, actor, event, training.attendance(actor, id), form));
    }

    /** The event's page, with the attendance form as given (as recorded so far, or as posted with its errors). */
    private String page(Model model, Actor actor, TrainingEvent event, List<TrainingAttendee> attendees,
            TrainingAttendanceForm form) {
        // A form posted with a value that could not be bound is in the model already, with its errors.
        if (!model.containsAttribute("attendanceForm")) {
            model.addAttribute("attendanceForm", form);
        }
        model.addAttribute("ticked", form.ids().stream().map(UUID::toString).collect(Collectors.toSet()));
        model.addAttribute("event", event);
        model.addAttribute("owner", names.organisation(event.ownerId()));
        model.addAttribute("attendedList", attendees.stream().filter(TrainingAttendee::recordedAttending).toList());
        model.addAttribute("absentList", attendees.stream().filter(TrainingAttendee::recordedAbsent).toList());
        model.addAttribute("offered", attendees.stream().map(one -> Option.of(one.officer().id(),
                one.officer().label() + ", " + names.organisation(one.officer().forceId()))).toList());
        model.addAttribute("mayEdit", training.mayEdit(actor, event));
        model.addAttribute("held", event.heldBy(training.today()));
        return "workforce/training-event";
    }
}
