package uk.saferhub.partnership.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
import uk.saferhub.partnership.Membership;
import uk.saferhub.partnership.MembershipRole;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.partnership.PartnershipChangeRefused;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormErrors;

/** Adding and changing seats on a body: coordinators; the same role twice for overlapping dates is refused. */
@Controller
class MembershipFormController {

    private final Partnership partnership;
    private final PartnershipEditor editor;
    private final Names names;

    MembershipFormController(Partnership partnership, PartnershipEditor editor, Names names) {
        this.partnership = partnership;
        this.editor = editor;
        this.names = names;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/partnership/bodies/{id}/memberships/new")
    String newSeat(@PathVariable String id, Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("membershipForm", new MembershipForm());
        return form(model, actor, editable(actor, id), null, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/partnership/bodies/{id}/memberships/new")
    String create(@PathVariable String id, @ModelAttribute("membershipForm") MembershipForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        return save(actor, editable(actor, id), null, form, errors, model, redirect);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/partnership/memberships/{membershipId}/edit")
    String edit(@PathVariable String membershipId, Model model) {
        Actor actor = CurrentActor.require();
        Membership seat = partnership.membership(actor, Names.uuid(membershipId, "membership"));
        Body body = editable(actor, seat.bodyId().toString());
        model.addAttribute("membershipForm", MembershipForm.of(seat));
        return form(model, actor, body, seat, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/partnership/memberships/{membershipId}/edit")
    String update(@PathVariable String membershipId, @ModelAttribute("membershipForm") MembershipForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        Membership seat = partnership.membership(actor, Names.uuid(membershipId, "membership"));
        Body body = editable(actor, seat.bodyId().toString());
        return save(actor, body, seat, form, errors, model, redirect);
    }

    private String save(Actor actor, Body body, Membership existing, MembershipForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                editor.saveMembership(actor, body.id(), existing == null ? null : existing.id(), form.details());
                redirect.addFlashAttribute("success", existing == null ? "Member added" : "Seat updated");
                return "redirect:/partnership/bodies/" + body.id();
            } catch (PartnershipChangeRefused refused) {
                FormErrors.reject(errors, refused);
            }
        }
        return form(model, actor, body, existing, true);
    }

    private Body editable(Actor actor, String id) {
        Body body = partnership.body(actor, Names.bodyId(id));
        if (!partnership.mayEdit(actor, body)) {
            throw new RecordNotFoundException("body", id);
        }
        return body;
    }

    private String form(Model model, Actor actor, Body body, Membership existing, boolean withErrors) {
        String heading = (existing == null ? "Add a member to " : "Change a seat on ") + body.name();
        model.addAttribute("heading", heading);
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading);
        model.addAttribute("body", body);
        model.addAttribute("existing", existing);
        model.addAttribute("people", names.people(actor).stream()
                .map(person -> new Choice(person.id().toString(), person.name())).toList());
        List<Choice> representing = new ArrayList<>();
        names.organisationChoices(actor).forEach(c -> representing.add(
                new Choice("organisation:" + c.value(), c.label())));
        names.bodyChoices(actor).stream().filter(c -> !c.value().equals(body.id().toString()))
                .forEach(c -> representing.add(new Choice("body:" + c.value(), c.label() + " (body)")));
        model.addAttribute("representing", representing);
        model.addAttribute("roles", Arrays.stream(MembershipRole.values())
                .map(role -> new Choice(role.name(), role.label())).toList());
        return "partnership/membership-form";
    }

}
