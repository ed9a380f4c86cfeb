package uk.saferhub.tasking.web;

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

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.tasking.Tasking;
import uk.saferhub.tasking.TaskingEditor;
import uk.saferhub.tasking.internal.PriorityAction;
import uk.saferhub.tasking.internal.PriorityView;

/** Adding an action under a priority and updating one (progress, status, outcome): contributors who may change it. */
@Controller
class PriorityActionFormController {

    /** The service's field names that the form calls differently. */
    private static final Map<String, String> FIELDS = Map.of("dueDate", "due.day");

    private final Tasking tasking;
    private final TaskingEditor editor;
    private final TaskingChoices choices;
    private final FormPost post;

    PriorityActionFormController(Tasking tasking, TaskingEditor editor, TaskingChoices choices, FormPost post) {
        this.tasking = tasking;
        this.editor = editor;
        this.choices = choices;
        this.post = post;
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @GetMapping("/tasking/priorities/{id}/actions/new")
    String newAction(Actor actor, @PathVariable UUID id, Model model) {
        PriorityView view = editable(actor, id);
        model.addAttribute("actionForm", PriorityActionForm.empty());
        return form(model, actor, view, null);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/tasking/priorities/{id}/actions/new")
    String create(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("actionForm") PriorityActionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        PriorityView view = editable(actor, id);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, FIELDS, () -> {
            editor.addAction(actor, id, form.details());
            return Done.redirect("/tasking/priorities/" + id + "#actions", "tasking.action.added");
        }, () -> form(model, actor, view, null));
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @GetMapping("/tasking/priorities/{id}/actions/{actionId}")
    String edit(Actor actor, @PathVariable UUID id, @PathVariable UUID actionId, Model model) {
        PriorityView view = editable(actor, id);
        PriorityAction action = actionOf(view, actionId);
        model.addAttribute("actionForm", PriorityActionForm.of(action));
        return form(model, actor, view, action);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/tasking/priorities/{id}/actions/{actionId}")
    String update(Actor actor, @PathVariable UUID id, @PathVariable UUID actionId,
            @Valid @ModelAttribute("actionForm") PriorityActionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        PriorityView view = editable(actor, id);
        PriorityAction action = actionOf(view, actionId);
        BindingResult checked = post.check(form, errors, model);
        int read = form.version() == null ? -1 : form.version();
        return post.submit(checked, redirect, FIELDS, () -> {
            editor.reviseAction(actor, actionId, read, form.details());
            return Done.redirect("/tasking/priorities/" + id + "#actions", "tasking.action.changed");
        }, () -> form(model, actor, view, actionOf(tasking.priority(actor, id), actionId)));
    }

    private PriorityView editable(Actor actor, UUID id) {
        PriorityView view = tasking.priority(actor, id);
        if (!view.mayEdit()) {
            throw new RecordNotFoundException("tasking-priority", id);
        }
        return view;
    }

    private static PriorityAction actionOf(PriorityView view, UUID actionId) {
        return view.actions().stream().filter(action -> action.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("tasking-action", actionId));
    }

    private String form(Model model, Actor actor, PriorityView view, PriorityAction action) {
        model.addAttribute("priority", view.priority());
        model.addAttribute("action", action);
        model.addAttribute("currentVersion", action == null ? 0 : action.version());
        model.addAttribute("organisations", choices.organisations(actor));
        model.addAttribute("people", choices.people(actor));
        model.addAttribute("kinds", choices.kinds());
        model.addAttribute("actionStatuses", choices.actionStatuses());
        model.addAttribute("measures", uk.saferhub.tasking.internal.OutcomeMeasure.values());
        return "tasking/action-form";
    }
}
