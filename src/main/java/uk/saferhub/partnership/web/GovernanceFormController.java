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
import uk.saferhub.partnership.Partnership;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.RecordNotFoundException;

/** Recording a body's governance arrangements: coordinators of an organisation sharing with its host. */
@Controller
class GovernanceFormController {

    private final Partnership partnership;
    private final PartnershipEditor editor;
    private final Names names;

    GovernanceFormController(Partnership partnership, PartnershipEditor editor, Names names) {
        this.partnership = partnership;
        this.editor = editor;
        this.names = names;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/partnership/bodies/{id}/governance")
    String edit(@PathVariable String id, Model model) {
        Actor actor = CurrentActor.require();
        Body body = editable(actor, id);
        model.addAttribute("governanceForm", GovernanceForm.of(partnership.governance(body.id()).orElse(null)));
        return form(model, actor, body, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/partnership/bodies/{id}/governance")
    String save(@PathVariable String id, @Valid @ModelAttribute("governanceForm") GovernanceForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        Body body = editable(actor, id);
        form.check(errors, partnership.today());
        if (!errors.hasErrors()) {
            editor.saveGovernance(actor, body.id(), form.governance());
            redirect.addFlashAttribute("success", "Governance arrangements saved");
            return "redirect:/partnership/bodies/" + body.id();
        }
        return form(model, actor, body, true);
    }

    private Body editable(Actor actor, String id) {
        Body body = partnership.body(actor, Names.bodyId(id));
        if (!partnership.mayEdit(actor, body)) {
            throw new RecordNotFoundException("body", id);
        }
        return body;
    }

    private String form(Model model, Actor actor, Body body, boolean withErrors) {
        String heading = "Governance arrangements of " + body.name();
        model.addAttribute("heading", heading);
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading);
        model.addAttribute("body", body);
        model.addAttribute("people", names.people(actor).stream()
                .map(person -> new Choice(person.id().toString(), person.name())).toList());
        return "partnership/governance-form";
    }
}
