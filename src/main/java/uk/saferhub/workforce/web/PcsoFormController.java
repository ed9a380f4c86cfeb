package uk.saferhub.workforce.web;

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
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.workforce.internal.Pcso;
import uk.saferhub.workforce.internal.PcsoStatus;
import uk.saferhub.workforce.internal.Workforce;
import uk.saferhub.workforce.internal.WorkforceEditor;

/** Adding and changing PCSOs: coordinators of an organisation sharing with the PCSO's force. */
@Controller
class PcsoFormController {

    /** The service's start date, as the form's date input is named. */
    private static final Map<String, String> FIELDS = Map.of("startDate", "startDate.day");

    private final Workforce workforce;
    private final WorkforceEditor editor;
    private final WorkforceNames names;
    private final FormPost post;

    PcsoFormController(Workforce workforce, WorkforceEditor editor, WorkforceNames names, FormPost post) {
        this.workforce = workforce;
        this.editor = editor;
        this.names = names;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/workforce/pcsos/new")
    String newPcso(Actor actor, Model model) {
        model.addAttribute("pcsoForm", PcsoForm.empty());
        return form(model, actor, null);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/pcsos/new")
    String create(Actor actor, @Valid @ModelAttribute("pcsoForm") PcsoForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, FIELDS,
                () -> Done.redirect("/workforce/pcsos/" + editor.createPcso(actor, form.details()).id(),
                        "workforce.pcso.added"),
                () -> form(model, actor, null));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/workforce/pcsos/{id}/edit")
    String edit(Actor actor, @PathVariable UUID id, Model model) {
        Pcso pcso = editable(actor, id);
        model.addAttribute("pcsoForm", PcsoForm.of(pcso));
        return form(model, actor, pcso);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/pcsos/{id}/edit")
    String update(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("pcsoForm") PcsoForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model);
        Pcso pcso = editable(actor, id);
        return post.submit(checked, redirect, FIELDS, () -> {
            editor.revisePcso(actor, pcso.id(), form.details());
            return Done.redirect("/workforce/pcsos/" + pcso.id(), "workforce.pcso.updated");
        }, () -> form(model, actor, pcso));
    }

    private Pcso editable(Actor actor, UUID id) {
        Pcso pcso = workforce.pcso(actor, id);
        if (!workforce.mayEdit(actor, pcso)) {
            throw new RecordNotFoundException("pcso", id);
        }
        return pcso;
    }

    private String form(Model model, Actor actor, Pcso existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("forces", names.forces(actor));
        model.addAttribute("teams", names.teams(actor));
        model.addAttribute("people", names.people(actor));
        model.addAttribute("schemes", names.schemes(actor));
        model.addAttribute("statuses", names.options(PcsoStatus.values(), "workforce.pcsoStatus."));
        return "workforce/pcso-form";
    }
}
