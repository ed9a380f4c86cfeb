package uk.saferhub.partnership.web;

import java.util.ArrayList;
import java.util.List;
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

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Membership;
import uk.saferhub.partnership.MembershipRole;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.partnership.internal.EditableBodies;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;

/** Adding and changing seats on a body: coordinators; the same role twice for overlapping dates is refused. */
@Controller
class MembershipFormController {

    private final Partnership partnership;
    private final EditableBodies bodies;
    private final PartnershipEditor editor;
    private final Names names;
    private final FormPost post;
    private final PageWords words;

    MembershipFormController(Partnership partnership, EditableBodies bodies, PartnershipEditor editor, Names names,
            FormPost post, PageWords words) {
        this.partnership = partnership;
        this.bodies = bodies;
        this.editor = editor;
        this.names = names;
        this.post = post;
        this.words = words;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/partnership/bodies/{id}/memberships/new")
    String newSeat(Actor actor, @PathVariable BodyId id, Model model) {
        model.addAttribute("membershipForm", MembershipForm.empty());
        return form(model, actor, bodies.editable(actor, id), null);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/partnership/bodies/{id}/memberships/new")
    String create(Actor actor, @PathVariable BodyId id,
            @Valid @ModelAttribute("membershipForm") MembershipForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return save(actor, bodies.editable(actor, id), null, form, errors, model, redirect);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/partnership/memberships/{membershipId}/edit")
    String edit(Actor actor, @PathVariable UUID membershipId, Model model) {
        Membership seat = partnership.membership(actor, membershipId);
        model.addAttribute("membershipForm", MembershipForm.of(seat));
        return form(model, actor, bodies.editable(actor, seat.bodyId()), seat);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/partnership/memberships/{membershipId}/edit")
    String update(Actor actor, @PathVariable UUID membershipId,
            @Valid @ModelAttribute("membershipForm") MembershipForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Membership seat = partnership.membership(actor, membershipId);
        return save(actor, bodies.editable(actor, seat.bodyId()), seat, form, errors, model, redirect);
    }

    private String save(Actor actor, Body body, Membership existing, MembershipForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model, form::check);
        return post.submit(checked, redirect, () -> {
            editor.saveMembership(actor, body.id(), existing == null ? null : existing.id(), form.details());
            return Done.redirect("/partnership/bodies/" + body.id(),
                    existing == null ? "partnership.membership.added" : "partnership.membership.updated");
        }, () -> form(model, actor, body, existing));
    }

    private String form(Model model, Actor actor, Body body, Membership existing) {
        model.addAttribute("body", body);
        model.addAttribute("existing", existing);
        model.addAttribute("people", names.personOptions(actor));
        List<Option> representing = new ArrayList<>();
        names.organisationChoices(actor).forEach(option -> representing.add(
                new Option("organisation:" + option.value(), option.label())));
        names.bodyChoices(actor).stream().filter(option -> !option.value().equals(body.id().value().toString()))
                .forEach(option -> representing.add(new Option("body:" + option.value(),
                        words.text("partnership.membership.representing.body", option.label()))));
        model.addAttribute("representing", representing);
        model.addAttribute("roles", words.options(MembershipRole.values(), "partnership.membershipRole."));
        return "partnership/membership-form";
    }
}
