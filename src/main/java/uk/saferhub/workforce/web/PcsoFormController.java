package uk.saferhub.workforce.web;

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

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.workforce.Pcso;
import uk.saferhub.workforce.PcsoStatus;
import uk.saferhub.workforce.Workforce;
import uk.saferhub.workforce.WorkforceChangeRefused;
import uk.saferhub.workforce.WorkforceEditor;

/** Adding and changing PCSOs: coordinators of an organisation sharing with the PCSO's force. */
@Controller
class PcsoFormController {

    private final Workforce workforce;
    private final WorkforceEditor editor;
    private final WorkforceNames names;

    PcsoFormController(Workforce workforce, WorkforceEditor editor, WorkforceNames names) {
        this.workforce = workforce;
        this.editor = editor;
        this.names = names;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/workforce/pcsos/new")
    String newPcso(Model model) {
        model.addAttribute("pcsoForm", new PcsoForm());
        return form(model, CurrentActor.require(), null, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/pcsos/new")
    String create(@Valid @ModelAttribute("pcsoForm") PcsoForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                Pcso pcso = editor.createPcso(actor, form.details());
                redirect.addFlashAttribute("success", "PCSO added");
                return "redirect:/workforce/pcsos/" + pcso.id();
            } catch (WorkforceChangeRefused refused) {
                FormValues.reject(errors, refused);
            }
        }
        return form(model, actor, null, true);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/workforce/pcsos/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        Actor actor = CurrentActor.require();
        Pcso pcso = editable(actor, id);
        model.addAttribute("pcsoForm", PcsoForm.of(pcso));
        return form(model, actor, pcso, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/pcsos/{id}/edit")
    String update(@PathVariable String id, @Valid @ModelAttribute("pcsoForm") PcsoForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        Pcso pcso = editable(actor, id);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                editor.revisePcso(actor, pcso.id(), form.details());
                redirect.addFlashAttribute("success", "PCSO updated");
                return "redirect:/workforce/pcsos/" + pcso.id();
            } catch (WorkforceChangeRefused refused) {
                FormValues.reject(errors, refused);
            }
        }
        return form(model, actor, pcso, true);
    }

    private Pcso editable(Actor actor, String id) {
        Pcso pcso = workforce.pcso(actor, FormValues.pathId(id, "pcso"));
        if (!workforce.mayEdit(actor, pcso)) {
            throw new RecordNotFoundException("pcso", id);
        }
        return pcso;
    }

    private String form(Model model, Actor actor, Pcso existing, boolean withErrors) {
        String heading = existing == null ? "Add a PCSO" : "Change " + existing.label();
        model.addAttribute("heading", heading);
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading);
        model.addAttribute("existing", existing);
        model.addAttribute("forces", names.forces(actor));
        model.addAttribute("teams", names.teams(actor));
        model.addAttribute("people", names.people(actor));
        model.addAttribute("schemes", names.schemes(actor));
        model.addAttribute("statuses", Arrays.stream(PcsoStatus.values())
                .map(status -> new Choice(status.name(), status.label())).toList());
        return "workforce/pcso-form";
    }
}
