package uk.saferhub.meetings.web;

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

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingScheduler;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.meetings.internal.MeetingsChangeRefused;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;

/**
 * Moving or cancelling one coming meeting with a reason, and recording that a meeting was held: coordinators of the
 * body's partnership. Held and cancelled meetings are refused with the reason on the page.
 */
@Controller
class MeetingChangeController {

    private final Meetings meetings;
    private final MeetingScheduler scheduler;
    private final Partnership partnership;
    private final MeetingsText text;
    private final FormPost post;

    MeetingChangeController(Meetings meetings, MeetingScheduler scheduler, Partnership partnership,
            MeetingsText text, FormPost post) {
        this.meetings = meetings;
        this.scheduler = scheduler;
        this.partnership = partnership;
        this.text = text;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/meetings/{id}/move")
    String moveForm(Actor actor, @PathVariable UUID id, Model model) {
        Editable it = editable(actor, id);
        model.addAttribute("meetingForm", MeetingTimesForm.of(it.meeting()));
        return page(model, it, "move");
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/move")
    String move(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("meetingForm") MeetingTimesForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Editable it = editable(actor, id);
        BindingResult checked = post.check(form, errors, model);
        form.check(checked, true);
        return post.submit(checked, redirect, MeetingTimesForm.FIELDS, () -> {
            Meeting moved = scheduler.move(actor, id, form.start(), form.end(), form.location(), form.reason());
            return Done.redirect("/meetings/" + moved.id(), "meetings.meeting.moved", text.when(moved));
        }, () -> page(model, it, "move"));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/meetings/{id}/cancel")
    String cancelForm(Actor actor, @PathVariable UUID id, Model model) {
        Editable it = editable(actor, id);
        model.addAttribute("cancellationForm", CancellationForm.empty());
        return page(model, it, "cancel");
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/cancel")
    String cancel(Actor actor, @PathVariable UUID id,
            @Valid @ModelAttribute("cancellationForm") CancellationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Editable it = editable(actor, id);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> {
            Meeting cancelled = scheduler.cancel(actor, id, form.reason());
            return Done.redirect("/meetings/" + cancelled.id(), "meetings.meeting.cancelled",
                    text.when(cancelled));
        }, () -> page(model, it, "cancel"));
    }

    /** A button, not a form: a refusal (the meeting has not started yet) is a page saying why. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/held")
    String held(Actor actor, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
        Editable it = editable(actor, id);
        try {
            scheduler.markHeld(actor, id);
            return post.done(redirect, Done.redirect("/meetings/" + id, "meetings.meeting.heldRecorded",
                    text.when(it.meeting())));
        } catch (MeetingsChangeRefused refused) {
            model.addAttribute("actionError", text.refusal(refused));
            model.addAttribute("meeting", it.meeting());
            model.addAttribute("body", it.body());
            model.addAttribute("when", text.when(it.meeting()));
            return "meetings/held-refused";
        }
    }

    /** The meeting and its body, when the actor may change the body's meetings; otherwise 404. */
    private Editable editable(Actor actor, UUID id) {
        Meeting meeting = meetings.meetingOnly(actor, id);
        Body body = partnership.body(actor, meeting.bodyId());
        if (!partnership.mayEdit(actor, body)) {
            throw new RecordNotFoundException("meeting", id);
        }
        return new Editable(meeting, body);
    }

    private String page(Model model, Editable it, String change) {
        Meeting meeting = it.meeting();
        model.addAttribute("meeting", meeting);
        model.addAttribute("body", it.body());
        model.addAttribute("when", text.when(meeting));
        model.addAttribute("closed", meeting.held() ? text.text("meetings.change.held." + change)
                : meeting.cancelled() ? text.text("meetings.change.cancelled", meeting.cancelReason()) : null);
        return "meetings/" + change + "-meeting";
    }

    private record Editable(Meeting meeting, Body body) {
    }
}
