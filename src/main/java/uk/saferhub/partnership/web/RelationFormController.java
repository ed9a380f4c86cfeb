package uk.saferhub.partnership.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.partnership.PartnershipChangeRefused;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.partnership.Relation;
import uk.saferhub.partnership.RelationKind;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormErrors;

/** A body's reporting lines and links: coordinators add and remove them; a loop is refused. */
@Controller
class RelationFormController {

    private static final String FORM = "partnership/relations";

    private final Partnership partnership;
    private final PartnershipEditor editor;
    private final Names names;

    RelationFormController(Partnership partnership, PartnershipEditor editor, Names names) {
        this.partnership = partnership;
        this.editor = editor;
        this.names = names;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/partnership/bodies/{id}/relations")
    String show(@PathVariable String id, Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("relationForm", new RelationForm());
        return form(model, actor, editable(actor, id), false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/partnership/bodies/{id}/relations")
    String add(@PathVariable String id, @ModelAttribute("relationForm") RelationForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        Body body = editable(actor, id);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                editor.addRelation(actor, body.id(), Names.bodyId(form.getTo()), RelationKind.valueOf(form.getKind()));
                redirect.addFlashAttribute("success", "Relation added");
                return "redirect:/partnership/bodies/" + body.id() + "/relations";
            } catch (PartnershipChangeRefused refused) {
                FormErrors.reject(errors, refused);
            }
        }
        return form(model, actor, body, true);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/partnership/bodies/{id}/relations/remove")
    String remove(@PathVariable String id, @RequestParam String to, @RequestParam String kind,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        Body body = editable(actor, id);
        RelationKind relationKind = Arrays.stream(RelationKind.values()).filter(k -> k.name().equals(kind))
                .findFirst().orElseThrow(() -> new RecordNotFoundException("body-relation", kind));
        editor.removeRelation(actor, body.id(), Names.bodyId(to), relationKind);
        redirect.addFlashAttribute("success", "Relation removed");
        return "redirect:/partnership/bodies/" + body.id() + "/relations";
    }

    private Body editable(Actor actor, String id) {
        Body body = partnership.body(actor, Names.bodyId(id));
        if (!partnership.mayEdit(actor, body)) {
            throw new RecordNotFoundException("body", id);
        }
        return body;
    }

    private String form(Model model, Actor actor, Body body, boolean withErrors) {
        Names.Lookup lookup = names.lookup(actor);
        List<Relation> relations = partnership.relations(actor);
        String heading = "Relations of " + body.name();
        model.addAttribute("heading", heading);
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading);
        model.addAttribute("body", body);
        model.addAttribute("outgoing", relations.stream().filter(r -> r.from().equals(body.id()))
                .map(r -> new Line(r.to().value().toString(), lookup.body(r.to()), r.kind().name(), r.kind().label()))
                .toList());
        model.addAttribute("kinds", Arrays.stream(RelationKind.values())
                .map(kind -> new Choice(kind.name(), kind.label())).toList());
        model.addAttribute("bodies", names.bodyChoices(actor).stream()
                .filter(choice -> !choice.value().equals(body.id().toString())).toList());
        return FORM;
    }

    /** One of the body's own lines, with what the remove button posts. */
    record Line(String to, String name, String kind, String kindLabel) {
    }

}
