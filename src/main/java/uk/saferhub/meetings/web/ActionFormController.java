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

import uk.saferhub.meetings.MeetingAction;
import uk.saferhub.meetings.MeetingRecorder;
import uk.saferhub.meetings.MeetingView;
import uk.saferhub.meetings.MeetingsChangeRefused;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;

/** Recording an action agreed at a meeting, owned by a person or an organisation: coordinators of the body. */
@Controller
class ActionFormController {

    /** The service's field names that the form calls differently. */
    private static final Map<String, String> FIELDS = Map.of("owner", "ownerPersonId", "dueDate", "dueDay");

    private final RecordPages pages;
    private final MeetingRecorder recorder;

    ActionFormController(RecordPages pages, MeetingRecorder recorder) {
        this.pages = pages;
        this.recorder = recorder;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/meetings/{id}/actions/new")
    String newAction(@PathVariable UUID id, Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("actionForm", new ActionForm());
        return form(model, actor, pages.editable(actor, id), false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/actions/new")
    String create(@PathVariable UUID id, @Valid @ModelAttribute("actionForm") ActionForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        MeetingView view = pages.editable(actor, id);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                MeetingAction action = recorder.recordAction(actor, id, form.details());
                redirect.addFlashAttribute("success", "Action " + action.number() + " recorded");
                return "redirect:/meetings/" + id + "#actions";
            } catch (MeetingsChangeRefused refused) {
                RecordPages.reject(errors, refused, FIELDS);
            }
        }
        return form(model, actor, view, true);
    }

    private String form(Model model, Actor actor, MeetingView view, boolean withErrors) {
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + "Record an action – "
                + RecordPages.caption(view));
        model.addAttribute("caption", RecordPages.caption(view));
        model.addAttribute("meeting", view.meeting());
        model.addAttribute("items", RecordPages.items(view));
        model.addAttribute("people", pages.people(actor));
        model.addAttribute("organisations", pages.organisations(actor));
        return "meetings/action-form";
    }
}
