package uk.saferhub.meetings.web;

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

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingScheduler;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;

/** Adding a meeting by hand (an extraordinary meeting, or one for a body without a cadence): coordinators. */
@Controller
class NewMeetingController {

    private final MeetingScheduler scheduler;
    private final Partnership partnership;
    private final MeetingsText text;
    private final FormPost post;

    NewMeetingController(MeetingScheduler scheduler, Partnership partnership, MeetingsText text, FormPost post) {
        this.scheduler = scheduler;
        this.partnership = partnership;
        this.text = text;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/partnership/bodies/{id}/meetings/new")
    String form(Actor actor, @PathVariable BodyId id, Model model) {
        Body body = editable(actor, id);
        model.addAttribute("meetingForm", MeetingTimesForm.empty());
        return page(model, body);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/partnership/bodies/{id}/meetings/new")
    String add(Actor actor, @PathVariable BodyId id, @Valid @ModelAttribute("meetingForm") MeetingTimesForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Body body = editable(actor, id);
        BindingResult checked = post.check(form, errors, model);
        form.check(checked, false);
        return post.submit(checked, redirect, MeetingTimesForm.FIELDS, () -> {
            Meeting meeting = scheduler.schedule(actor, body.id(), form.details());
            return Done.redirect("/meetings/" + meeting.id(), "meetings.meeting.added", text.when(meeting));
        }, () -> page(model, body));
    }

    private Body editable(Actor actor, BodyId id) {
        Body body = partnership.body(actor, id);
        if (!partnership.mayEdit(actor, body)) {
            throw new RecordNotFoundException("body", id.value());
        }
        return body;
    }

    private static String page(Model model, Body body) {
        model.addAttribute("body", body);
        return "meetings/new-meeting";
    }
}
