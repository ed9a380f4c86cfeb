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
import uk.saferhub.meetings.MeetingsChangeRefused;
import uk.saferhub.meetings.NewMeeting;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.RecordNotFoundException;

/** Adding a meeting by hand (an extraordinary meeting, or one for a body without a cadence): coordinators. */
@Controller
class NewMeetingController {

    private final MeetingScheduler scheduler;
    private final Partnership partnership;

    NewMeetingController(MeetingScheduler scheduler, Partnership partnership) {
        this.scheduler = scheduler;
        this.partnership = partnership;
    }

    @InitBinder("meetingForm")
    void onlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields("title", "purpose", "dateDay", "dateMonth", "dateYear", "startTime", "endTime",
                "location");
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/partnership/bodies/{id}/meetings/new")
    String form(@PathVariable String id, Model model) {
        Body body = editable(CurrentActor.require(), id);
        model.addAttribute("meetingForm", new MeetingTimesForm());
        return page(model, body, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/partnership/bodies/{id}/meetings/new")
    String add(@PathVariable String id, @Valid @ModelAttribute("meetingForm") MeetingTimesForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        Body body = editable(actor, id);
        LocalDateTime start = form.start(errors);
        LocalDateTime end = form.end(errors, start, false);
        if (!errors.hasErrors()) {
            try {
                Meeting meeting = scheduler.schedule(actor, body.id(),
                        new NewMeeting(form.getTitle(), form.getPurpose(), start, end, form.getLocation()));
                redirect.addFlashAttribute("success", "Meeting added: " + ScheduleFormat.when(meeting));
                return "redirect:/meetings/" + meeting.id();
            } catch (MeetingsChangeRefused refused) {
                MeetingTimesForm.reject(errors, refused);
            }
        }
        return page(model, body, true);
    }

    private Body editable(Actor actor, String id) {
        Body body = partnership.body(actor, ScheduleIds.body(id));
        if (!partnership.mayEdit(actor, body)) {
            throw new RecordNotFoundException("body", id);
        }
        return body;
    }

    private static String page(Model model, Body body, boolean withErrors) {
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + "Add a meeting of " + body.name());
        model.addAttribute("body", body);
        return "meetings/new-meeting";
    }
}
