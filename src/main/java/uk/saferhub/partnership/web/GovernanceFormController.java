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
import uk.saferhub.partnership.Partnership;
import uk.saferhub.partnership.internal.BodyGovernance;
import uk.saferhub.partnership.internal.EditableBodies;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;

/** Recording a body's governance arrangements: coordinators of an organisation sharing with its host. */
@Controller
class GovernanceFormController {

    private final Partnership partnership;
    private final EditableBodies bodies;
    private final BodyGovernance governance;
    private final Names names;
    private final FormPost post;

    GovernanceFormController(Partnership partnership, EditableBodies bodies, BodyGovernance governance, Names names,
            FormPost post) {
        this.partnership = partnership;
        this.bodies = bodies;
        this.governance = governance;
        this.names = names;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/partnership/bodies/{id}/governance")
    String edit(Actor actor, @PathVariable BodyId id, Model model) {
        Body body = bodies.editable(actor, id);
        model.addAttribute("governanceForm", GovernanceForm.of(governance.of(body.id()).orElse(null)));
        return form(model, actor, body);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/partnership/bodies/{id}/governance")
    String save(Actor actor, @PathVariable BodyId id, @Valid @ModelAttribute("governanceForm") GovernanceForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Body body = bodies.editable(actor, id);
        BindingResult checked = post.check(form, errors, model, rules -> form.check(rules, partnership.today()));
        return post.submit(checked, redirect, () -> {
            governance.save(actor, body.id(), form.governance());
            return Done.redirect("/partnership/bodies/" + body.id(), "partnership.governance.saved");
        }, () -> form(model, actor, body));
    }

    private String form(Model model, Actor actor, Body body) {
        model.addAttribute("body", body);
        model.addAttribute("people", names.personOptions(actor));
        return "partnership/governance-form";
    }
}
