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

import uk.saferhub.meetings.internal.AgendaItem;
import uk.saferhub.meetings.MeetingRecorder;
import uk.saferhub.meetings.internal.MeetingView;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;

/** Adding and changing agenda items and their minutes: coordinators of the body; exempt items by its members only. */
@Controller
class AgendaItemFormController {

    private final MeetingRecording pages;
    private final MeetingRecorder recorder;
    private final FormPost post;

    AgendaItemFormController(MeetingRecording pages, MeetingRecorder recorder, FormPost post) {
        this.pages = pages;
        this.recorder = recorder;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/meetings/{id}/agenda/new")
    String newItem(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("agendaItemForm", AgendaItemForm.empty());
        return form(model, actor, pages.editable(actor, id), null);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/agenda/new")
    String create(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("agendaItemForm") AgendaItemForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return save(actor, pages.editable(actor, id), null, form, errors, model, redirect);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/meetings/{id}/agenda/{itemId}/edit")
    String edit(Actor actor, @PathVariable UUID id, @PathVariable UUID itemId, Model model) {
        MeetingView view = pages.editable(actor, id);
        AgendaItem item = itemOf(view, itemId);
        model.addAttribute("agendaItemForm", AgendaItemForm.of(item));
        return form(model, actor, view, item);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/agenda/{itemId}/edit")
    String update(Actor actor, @PathVariable UUID id, @PathVariable UUID itemId,
            @Valid @ModelAttribute("agendaItemForm") AgendaItemForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        MeetingView view = pages.editable(actor, id);
        return save(actor, view, itemOf(view, itemId), form, errors, model, redirect);
    }

    private String save(Actor actor, MeetingView view, AgendaItem existing, AgendaItemForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model);
        form.check(checked);
        return post.submit(checked, redirect, () -> {
            AgendaItem saved = recorder.saveItem(actor, view.meeting().id(), existing == null ? null : existing.id(),
                    form.details());
            return Done.redirect("/meetings/" + view.meeting().id() + "#agenda",
                    existing == null ? "meetings.item.added" : "meetings.item.saved", saved.number());
        }, () -> form(model, actor, view, existing));
    }

    /** An item of the meeting the viewer may see in full; a withheld exempt item answers as absent. */
    private static AgendaItem itemOf(MeetingView view, UUID itemId) {
        return view.agenda().stream().filter(item -> item.id().equals(itemId))
                .filter(item -> !MeetingRecording.withheld(view, item)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("agenda item", itemId));
    }

    private String form(Model model, Actor actor, MeetingView view, AgendaItem existing) {
        model.addAttribute("caption", pages.caption(view));
        model.addAttribute("meeting", view.meeting());
        model.addAttribute("existing", existing);
        model.addAttribute("people", pages.people(actor));
        return "meetings/agenda-item-form";
    }
}
