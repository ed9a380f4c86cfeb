package uk.saferhub.partnership.web;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.internal.BodyRelations;
import uk.saferhub.partnership.internal.EditableBodies;
import uk.saferhub.partnership.internal.Relation;
import uk.saferhub.partnership.internal.RelationKind;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;

/** A body's reporting lines and links: coordinators add and remove them; a loop is refused. */
@Controller
class RelationFormController {

    private final EditableBodies bodies;
    private final BodyRelations relations;
    private final Names names;
    private final FormPost post;
    private final PageWords words;

    RelationFormController(EditableBodies bodies, BodyRelations relations, Names names, FormPost post,
            PageWords words) {
        this.words = words;
        this.bodies = bodies;
        this.relations = relations;
        this.names = names;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/partnership/bodies/{id}/relations")
    String show(Actor actor, @PathVariable BodyId id, Model model) {
        model.addAttribute("relationForm", RelationForm.empty());
        return form(model, actor, bodies.editable(actor, id));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/partnership/bodies/{id}/relations")
    String add(Actor actor, @PathVariable BodyId id, @Valid @ModelAttribute("relationForm") RelationForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Body body = bodies.editable(actor, id);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> {
            relations.add(actor, body.id(), form.to(), form.kind());
            return Done.redirect("/partnership/bodies/" + body.id() + "/relations", "partnership.relation.added");
        }, () -> form(model, actor, body));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/partnership/bodies/{id}/relations/remove")
    String remove(Actor actor, @PathVariable BodyId id, @RequestParam BodyId to, @RequestParam RelationKind kind,
            RedirectAttributes redirect) {
        Body body = bodies.editable(actor, id);
        relations.remove(actor, body.id(), to, kind);
        return post.done(redirect,
                Done.redirect("/partnership/bodies/" + body.id() + "/relations", "partnership.relation.removed"));
    }

    private String form(Model model, Actor actor, Body body) {
        Names.Lookup lookup = names.lookup(actor);
        List<Relation> lines = relations.visibleTo(actor);
        model.addAttribute("body", body);
        model.addAttribute("outgoing", lines.stream().filter(r -> r.from().equals(body.id()))
                .map(r -> new Line(r.to().value().toString(), lookup.body(r.to()), r.kind().name(),
                        words.label("partnership.relationKind.", r.kind()),
                        words.text("partnership.relation.removeLine." + r.kind(), lookup.body(r.to()))))
                .toList());
        model.addAttribute("kinds", words.options(RelationKind.values(), "partnership.relationKind."));
        model.addAttribute("bodies", names.bodyChoices(actor).stream()
                .filter(option -> !option.value().equals(body.id().value().toString())).toList());
        return "partnership/relations";
    }

    /** One of the body's own lines, with what the remove button posts and says to a screen reader. */
    record Line(String to, String name, String kind, String kindLabel, String removeLabel) {
    }
}
