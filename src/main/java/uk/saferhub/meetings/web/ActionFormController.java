package uk.saferhub.meetings.web;

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

import uk.saferhub.meetings.MeetingRecorder;
import uk.saferhub.meetings.internal.MeetingView;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;

/** Recording an action agreed at a meeting, owned by a person or an organisation: coordinators of the body. */
@Controller
class ActionFormController {

    /** The service's field names that the form calls differently. */
    private static final Map<String, String> FIELDS = Map.of("owner", "ownerPersonId", "dueDate", "due.day");

    private final MeetingRecording pages;
    private final MeetingRecorder recorder;
    private final FormPost post;

    ActionFormController(MeetingRecording pages, MeetingRecorder recorder, FormPost post) {
        this.pages = pages;
        this.recorder = recorder;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/meetings/{id}/actions/new")
    String newAction(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("actionForm", ActionForm.empty());
        return form(model, actor, pages.editable(actor, id));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/actions/new")
    String create(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("actionForm") ActionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        MeetingView view = pages.editable(actor, id);
        BindingResult checked = post.check(form, errors, model);
        form.check(checked);
        return post.submit(checked, redirect, FIELDS,
                () -> Done.redirect("/meetings/" + id + "#actions", "meetings.action.recorded",
                        recorder.recordAction(actor, id, form.details()).number()),
                () -> form(model, actor, view));
    }

    private String form(Model model, Actor actor, MeetingView view) {
        model.addAttribute("caption", pages.caption(view));
        model.addAttribute("meeting", view.meeting());
        model.addAttribute("items", pages.items(view));
        model.addAttribute("people", pages.people(actor));
        model.addAttribute("organisations", pages.organisations(actor));
        return "meetings/action-form";
    }
}
