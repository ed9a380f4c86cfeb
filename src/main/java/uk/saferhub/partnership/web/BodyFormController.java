package uk.saferhub.partnership.web;

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
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.partnership.internal.EditableBodies;
import uk.saferhub.partnership.Tier;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;

/** Adding and changing bodies: coordinators of an organisation sharing with the body's host. */
@Controller
class BodyFormController {

    private static final String FORM = "partnership/body-form";

    private final EditableBodies bodies;
    private final PartnershipEditor editor;
    private final Names names;
    private final FormPost post;
    private final PageWords words;

    BodyFormController(EditableBodies bodies, PartnershipEditor editor, Names names, FormPost post,
            PageWords words) {
        this.words = words;
        this.bodies = bodies;
        this.editor = editor;
        this.names = names;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/partnership/bodies/new")
    String newBody(Actor actor, Model model) {
        model.addAttribute("bodyForm", BodyForm.empty());
        return form(model, actor, null);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/partnership/bodies/new")
    String create(Actor actor, @Valid @ModelAttribute("bodyForm") BodyForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model, form::check);
        return post.submit(checked, redirect,
                () -> Done.redirect("/partnership/bodies/" + editor.createBody(actor, form.details()).id(),
                        "partnership.body.added"),
                () -> form(model, actor, null));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/partnership/bodies/{id}/edit")
    String edit(Actor actor, @PathVariable BodyId id, Model model) {
        Body body = bodies.editable(actor, id);
        model.addAttribute("bodyForm", BodyForm.of(body));
        return form(model, actor, body);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/partnership/bodies/{id}/edit")
    String update(Actor actor, @PathVariable BodyId id, @Valid @ModelAttribute("bodyForm") BodyForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Body body = bodies.editable(actor, id);
        BindingResult checked = post.check(form, errors, model, form::check);
        return post.submit(checked, redirect, () -> {
            editor.reviseBody(actor, body.id(), form.details());
            return Done.redirect("/partnership/bodies/" + body.id(), "partnership.body.updated");
        }, () -> form(model, actor, body));
    }

    private String form(Model model, Actor actor, Body existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("organisations", names.organisationChoices(actor));
        model.addAttribute("types", words.options(BodyType.values(), "partnership.bodyType."));
        model.addAttribute("tiers", words.options(Tier.values(), "partnership.tier."));
        model.addAttribute("handlingLevels", words.options(HandlingLevel.values(), "partnership.handlingLevel."));
        return FORM;
    }
}
