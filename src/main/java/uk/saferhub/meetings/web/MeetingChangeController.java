package uk.saferhub.meetings.web;

import java.time.LocalDateTime;

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

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingScheduler;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.meetings.MeetingsChangeRefused;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * Moving or cancelling one coming meeting with a reason, and recording that a meeting was held: coordinators of the
 * body's partnership. Held and cancelled meetings are refused with the reason on the page.
 */
@Controller
class MeetingChangeController {

    private final Meetings meetings;
    private final MeetingScheduler scheduler;
    private final Partnership partnership;

    MeetingChangeController(Meetings meetings, MeetingScheduler scheduler, Partnership partnership) {
        this.meetings = meetings;
        this.scheduler = scheduler;
        this.partnership = partnership;
    }

    @InitBinder("meetingForm")
    void onlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields("dateDay", "dateMonth", "dateYear", "startTime", "endTime", "location", "reason");
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/meetings/{id}/move")
    String moveForm(@PathVariable String id, Model model) {
        Editable it = editable(CurrentActor.require(), id);
        model.addAttribute("meetingForm", MeetingTimesForm.of(it.meeting()));
        return page(model, it, "move", false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/move")
    String move(@PathVariable String id, @Valid @ModelAttribute("meetingForm") MeetingTimesForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        Editable it = editable(actor, id);
        LocalDateTime start = form.start(errors);
        LocalDateTime end = form.end(errors, start, true);
        if (!errors.hasErrors()) {
            try {
                Meeting moved = scheduler.move(actor, it.meeting().id(), start, end,
                        form.getLocation(), form.getReason());
                redirect.addFlashAttribute("success", "Meeting moved to " + ScheduleFormat.when(moved));
                return "redirect:/meetings/" + moved.id();
            } catch (MeetingsChangeRefused refused) {
                MeetingTimesForm.reject(errors, refused);
            }
        }
        return page(model, it, "move", true);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/meetings/{id}/cancel")
    String cancelForm(@PathVariable String id, Model model) {
        Editable it = editable(CurrentActor.require(), id);
        model.addAttribute("meetingForm", new MeetingTimesForm());
        return page(model, it, "cancel", false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/cancel")
    String cancel(@PathVariable String id, @ModelAttribute("meetingForm") MeetingTimesForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        Editable it = editable(actor, id);
        try {
            Meeting cancelled = scheduler.cancel(actor, it.meeting().id(), form.getReason());
            redirect.addFlashAttribute("success", "Meeting of " + ScheduleFormat.when(cancelled) + " cancelled");
            return "redirect:/meetings/" + cancelled.id();
        } catch (MeetingsChangeRefused refused) {
            MeetingTimesForm.reject(errors, refused);
        }
        return page(model, it, "cancel", true);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/held")
    String held(@PathVariable String id, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        Editable it = editable(actor, id);
        try {
            scheduler.markHeld(actor, it.meeting().id());
            redirect.addFlashAttribute("success", "Meeting of " + ScheduleFormat.when(it.meeting())
                    + " recorded as held");
            return "redirect:/meetings/" + it.meeting().id();
        } catch (MeetingsChangeRefused refused) {
            model.addAttribute("problem", refused.getMessage());
            model.addAttribute("meeting", it.meeting());
            model.addAttribute("body", it.body());
            model.addAttribute("when", ScheduleFormat.when(it.meeting()));
            return "meetings/held-refused";
        }
    }

    /** The meeting and its body, when the actor may change the body's meetings; otherwise 404. */
    private Editable editable(Actor actor, String id) {
        Meeting meeting = meetings.meetingOnly(actor, ScheduleIds.uuid(id, "meeting"));
        Body body = partnership.body(actor, meeting.bodyId());
        if (!partnership.mayEdit(actor, body)) {
            throw new RecordNotFoundException("meeting", id);
        }
        return new Editable(meeting, body);
    }

    private static String page(Model model, Editable it, String change, boolean withErrors) {
        Meeting meeting = it.meeting();
        String heading = change.equals("move") ? "Move a meeting" : "Cancel a meeting";
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading + " of " + it.body().name());
        model.addAttribute("heading", heading);
        model.addAttribute("meeting", meeting);
        model.addAttribute("body", it.body());
        model.addAttribute("when", ScheduleFormat.when(meeting));
        String done = change.equals("move") ? "moved" : "cancelled";
        model.addAttribute("closed", meeting.held() ? "This meeting was held, so it cannot be " + done + "."
                : meeting.cancelled() ? "This meeting was cancelled: " + meeting.cancelReason() : null);
        return "meetings/" + change + "-meeting";
    }

    private record Editable(Meeting meeting, Body body) {
    }
}
