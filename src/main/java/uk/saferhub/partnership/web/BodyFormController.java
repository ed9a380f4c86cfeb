package uk.saferhub.partnership.web;

import java.util.Arrays;

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
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.partnership.PartnershipChangeRefused;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.partnership.Tier;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormErrors;

/** Adding and changing bodies: coordinators of an organisation sharing with the body's host. */
@Controller
class BodyFormController {

    private static final String FORM = "partnership/body-form";

    private final Partnership partnership;
    private final PartnershipEditor editor;
    private final Names names;

    BodyFormController(Partnership partnership, PartnershipEditor editor, Names names) {
        this.partnership = partnership;
        this.editor = editor;
        this.names = names;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/partnership/bodies/new")
    String newBody(Model model) {
        model.addAttribute("bodyForm", new BodyForm());
        return form(model, CurrentActor.require(), null, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/partnership/bodies/new")
    String create(@Valid @ModelAttribute("bodyForm") BodyForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                Body body = editor.createBody(actor, form.details());
                redirect.addFlashAttribute("success", "Body added");
                return "redirect:/partnership/bodies/" + body.id();
            } catch (PartnershipChangeRefused refused) {
                FormErrors.reject(errors, refused);
            }
        }
        return form(model, actor, null, true);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/partnership/bodies/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        Actor actor = CurrentActor.require();
        Body body = editable(actor, id);
        model.addAttribute("bodyForm", BodyForm.of(body));
        return form(model, actor, body, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/partnership/bodies/{id}/edit")
    String update(@PathVariable String id, @Valid @ModelAttribute("bodyForm") BodyForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        Body body = editable(actor, id);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                editor.reviseBody(actor, body.id(), form.details());
                redirect.addFlashAttribute("success", "Body updated");
                return "redirect:/partnership/bodies/" + body.id();
            } catch (PartnershipChangeRefused refused) {
                FormErrors.reject(errors, refused);
            }
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

    private String form(Model model, Actor actor, Body existing, boolean withErrors) {
        String heading = existing == null ? "Add a body" : "Change " + existing.name();
        model.addAttribute("heading", heading);
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading);
        model.addAttribute("existing", existing);
        model.addAttribute("organisations", names.organisationChoices(actor));
        model.addAttribute("types", Arrays.stream(BodyType.values())
                .map(value -> new Choice(value.name(), value.label())).toList());
        model.addAttribute("tiers", Arrays.stream(Tier.values())
                .map(value -> new Choice(value.name(), value.label())).toList());
        model.addAttribute("handlingLevels", Arrays.stream(HandlingLevel.values())
                .map(value -> new Choice(value.name(), value.name().charAt(0)
                        + value.name().substring(1).toLowerCase().replace('_', ' '))).toList());
        return FORM;
    }
}
