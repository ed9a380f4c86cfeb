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
import uk.saferhub.meetings.MeetingView;
import uk.saferhub.meetings.MeetingsChangeRefused;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;

/** Adding a paper to a meeting, with a link to where it is published: coordinators of the body. */
@Controller
class PaperFormController {

    private final MeetingRecording pages;
    private final MeetingRecorder recorder;

    PaperFormController(MeetingRecording pages, MeetingRecorder recorder) {
        this.pages = pages;
        this.recorder = recorder;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/meetings/{id}/papers/new")
    String newPaper(@PathVariable UUID id, Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("paperForm", new PaperForm());
        return form(model, pages.editable(actor, id), false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/papers/new")
    String create(@PathVariable UUID id, @Valid @ModelAttribute("paperForm") PaperForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        MeetingView view = pages.editable(actor, id);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                recorder.addPaper(actor, id, MeetingRecording.uuidOrNull(form.getAgendaItemId()), form.getTitle(),
                        form.getLink());
                redirect.addFlashAttribute("success", "Paper added");
                return "redirect:/meetings/" + id + "#papers";
            } catch (MeetingsChangeRefused refused) {
                MeetingRecording.reject(errors, refused, Map.of());
            }
        }
        return form(model, view, true);
    }

    private static String form(Model model, MeetingView view, boolean withErrors) {
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + "Add a paper – " + MeetingRecording.caption(view));
        model.addAttribute("caption", MeetingRecording.caption(view));
        model.addAttribute("meeting", view.meeting());
        model.addAttribute("items", MeetingRecording.items(view));
        return "meetings/paper-form";
    }
}
