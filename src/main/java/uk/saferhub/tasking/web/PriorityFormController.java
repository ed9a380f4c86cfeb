package uk.saferhub.tasking.web;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.tasking.Tasking;
import uk.saferhub.tasking.TaskingEditor;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityView;

/**
 * Adding a priority to a tasking group and changing one: contributors who may change it. A change saved by someone
 * else meanwhile is named in the error summary and the person's own entries are kept.
 */
@Controller
class PriorityFormController {

    private final Tasking tasking;
    private final TaskingEditor editor;
    private final TaskingChoices choices;
    private final FormPost post;
    private final PageWords words;

    PriorityFormController(Tasking tasking, TaskingEditor editor, TaskingChoices choices, FormPost post,
            PageWords words) {
        this.tasking = tasking;
        this.editor = editor;
        this.choices = choices;
        this.post = post;
        this.words = words;
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @GetMapping("/tasking/groups/{bodyId}/priorities/new")
    String newPriority(Actor actor, @PathVariable UUID bodyId, Model model) {
        Body group = addable(actor, bodyId);
        model.addAttribute("priorityForm", PriorityForm.empty(actor.organisationId()));
        return form(model, actor, group, null, 0);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/tasking/groups/{bodyId}/priorities/new")
    String create(Actor actor, @PathVariable UUID bodyId, @Valid @ModelAttribute("priorityForm") PriorityForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Body group = addable(actor, bodyId);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> {
            Priority added = editor.addPriority(actor, group.id(), form.details());
            return Done.redirect("/tasking/priorities/" + added.id(), "tasking.priority.added", added.title());
        }, () -> form(model, actor, group, null, 0));
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @GetMapping("/tasking/priorities/{id}/edit")
    String edit(Actor actor, @PathVariable UUID id, Model model) {
        PriorityView view = editable(actor, id);
        model.addAttribute("priorityForm", PriorityForm.of(view.priority()));
        return form(model, actor, view.group(), view.priority(), view.priority().version());
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/tasking/priorities/{id}/edit")
    String update(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("priorityForm") PriorityForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        PriorityView view = editable(actor, id);
        Priority current = view.priority();
        int read = form.version() == null ? -1 : form.version();
        BindingResult checked = post.check(form, errors, model);
        if (read != current.version()) {
            // Someone saved the priority after this person read it: say what they changed, keep what was typed.
            Set<String> changed = editor.changedSince(id, read);
            String fields = changed.stream().map(field -> words.text("tasking.field." + field))
                    .collect(Collectors.joining(", "));
            FormErrors.reject(checked, null, changed.isEmpty() ? "tasking.priority.stale"
                    : "tasking.priority.staleFields", fields);
            return form(model, actor, view.group(), current, current.version());
        }
        return post.submit(checked, redirect,
                () -> Done.redirect("/tasking/priorities/" + id, "tasking.priority.changed",
                        editor.revisePriority(actor, id, read, form.details()).title()),
                () -> form(model, actor, view.group(), current, tasking.priority(actor, id).priority().version()));
    }

    private Body addable(Actor actor, UUID bodyId) {
        Body group = tasking.group(actor, BodyId.of(bodyId));
        if (!tasking.mayAddTo(actor, group)) {
            throw new RecordNotFoundException("tasking-group", bodyId);
        }
        return group;
    }

    private PriorityView editable(Actor actor, UUID id) {
        PriorityView view = tasking.priority(actor, id);
        if (!view.mayEdit()) {
            throw new RecordNotFoundException("tasking-priority", id);
        }
        return view;
    }

    private String form(Model model, Actor actor, Body group, Priority priority, int version) {
        model.addAttribute("group", group);
        model.addAttribute("priority", priority);
        model.addAttribute("currentVersion", version);
        model.addAttribute("categories", choices.categories());
        model.addAttribute("places", choices.places(group));
        model.addAttribute("organisations", choices.organisations(actor));
        model.addAttribute("people", choices.people(actor));
        model.addAttribute("cycles", choices.cycles(actor, group));
        model.addAttribute("statuses", choices.statuses());
        model.addAttribute("rags", choices.rags());
        model.addAttribute("levels", choices.levels());
        return "tasking/priority-form";
    }
}
