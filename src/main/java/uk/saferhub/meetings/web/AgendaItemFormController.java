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

import uk.saferhub.meetings.AgendaItem;
import uk.saferhub.meetings.MeetingRecorder;
import uk.saferhub.meetings.MeetingView;
import uk.saferhub.meetings.MeetingsChangeRefused;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.RecordNotFoundException;

/** Adding and changing agenda items and their minutes: coordinators of the body; exempt items by its members only. */
@Controller
class AgendaItemFormController {

    private final MeetingRecording pages;
    private final MeetingRecorder recorder;

    AgendaItemFormController(MeetingRecording pages, MeetingRecorder recorder) {
        this.pages = pages;
        this.recorder = recorder;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/meetings/{id}/agenda/new")
    String newItem(@PathVariable UUID id, Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("agendaItemForm", new AgendaItemForm());
        return form(model, actor, pages.editable(actor, id), null, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/agenda/new")
    String create(@PathVariable UUID id, @Valid @ModelAttribute("agendaItemForm") AgendaItemForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        return save(actor, pages.editable(actor, id), null, form, errors, model, redirect);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/meetings/{id}/agenda/{itemId}/edit")
    String edit(@PathVariable UUID id, @PathVariable UUID itemId, Model model) {
        Actor actor = CurrentActor.require();
        MeetingView view = pages.editable(actor, id);
        AgendaItem item = itemOf(view, itemId);
        model.addAttribute("agendaItemForm", AgendaItemForm.of(item));
        return form(model, actor, view, item, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/agenda/{itemId}/edit")
    String update(@PathVariable UUID id, @PathVariable UUID itemId,
            @Valid @ModelAttribute("agendaItemForm") AgendaItemForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        MeetingView view = pages.editable(actor, id);
        return save(actor, view, itemOf(view, itemId), form, errors, model, redirect);
    }

    private String save(Actor actor, MeetingView view, AgendaItem existing, AgendaItemForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                AgendaItem saved = recorder.saveItem(actor, view.meeting().id(),
                        existing == null ? null : existing.id(), form.details());
                redirect.addFlashAttribute("success", (existing == null ? "Item " + saved.number() + " added"
                        : "Item " + saved.number() + " saved"));
                return "redirect:/meetings/" + view.meeting().id() + "#agenda";
            } catch (MeetingsChangeRefused refused) {
                MeetingRecording.reject(errors, refused, Map.of());
            }
        }
        return form(model, actor, view, existing, true);
    }

    /** An item of the meeting the viewer may see in full; a withheld exempt item answers as absent. */
    private static AgendaItem itemOf(MeetingView view, UUID itemId) {
        return view.agenda().stream().filter(item -> item.id().equals(itemId))
                .filter(item -> !MeetingRecording.withheld(view, item)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("agenda item", itemId));
    }

    private String form(Model model, Actor actor, MeetingView view, AgendaItem existing, boolean withErrors) {
        String heading = existing == null ? "Add an agenda item" : "Change item " + existing.number();
        model.addAttribute("heading", heading);
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading + " – " + MeetingRecording.caption(view));
        model.addAttribute("caption", MeetingRecording.caption(view));
        model.addAttribute("meeting", view.meeting());
        model.addAttribute("existing", existing);
        model.addAttribute("people", pages.people(actor));
        return "meetings/agenda-item-form";
    }
}
