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

import uk.saferhub.meetings.MeetingRecorder;
import uk.saferhub.meetings.internal.MeetingView;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;

/** Recording a decision of a meeting (for example "Cabinet approves the Governance Protocol"): coordinators. */
@Controller
class DecisionFormController {

    private final MeetingRecording pages;
    private final MeetingRecorder recorder;
    private final FormPost post;

    DecisionFormController(MeetingRecording pages, MeetingRecorder recorder, FormPost post) {
        this.pages = pages;
        this.recorder = recorder;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/meetings/{id}/decisions/new")
    String newDecision(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("decisionForm", DecisionForm.empty());
        return form(model, pages.editable(actor, id));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/decisions/new")
    String create(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        MeetingView view = pages.editable(actor, id);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> {
            recorder.recordDecision(actor, id, form.agendaItemId(), form.text());
            return Done.redirect("/meetings/" + id + "#decisions", "meetings.decision.recorded");
        }, () -> form(model, view));
    }

    private String form(Model model, MeetingView view) {
        model.addAttribute("caption", pages.caption(view));
        model.addAttribute("meeting", view.meeting());
        model.addAttribute("items", pages.items(view));
        return "meetings/decision-form";
    }
}
