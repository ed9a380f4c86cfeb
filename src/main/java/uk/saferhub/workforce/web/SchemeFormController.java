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
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.workforce.FundingScheme;
import uk.saferhub.workforce.Workforce;
import uk.saferhub.workforce.WorkforceChangeRefused;
import uk.saferhub.workforce.WorkforceEditor;

/** Adding and changing funding schemes: coordinators of an organisation sharing with the funder. */
@Controller
class SchemeFormController {

    private static final String FORM = "workforce/scheme-form";

    private final Workforce workforce;
    private final WorkforceEditor editor;
    private final WorkforceNames names;

    SchemeFormController(Workforce workforce, WorkforceEditor editor, WorkforceNames names) {
        this.workforce = workforce;
        this.editor = editor;
        this.names = names;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/workforce/schemes/new")
    String newScheme(Model model) {
        model.addAttribute("schemeForm", new SchemeForm());
        return form(model, CurrentActor.require(), null, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/schemes/new")
    String create(@Valid @ModelAttribute("schemeForm") SchemeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                FundingScheme scheme = editor.createScheme(actor, form.details());
                redirect.addFlashAttribute("success", "Scheme added");
                return "redirect:/workforce/schemes/" + scheme.id();
            } catch (WorkforceChangeRefused refused) {
                FormValues.reject(errors, refused);
            }
        }
        return form(model, actor, null, true);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/workforce/schemes/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        Actor actor = CurrentActor.require();
        FundingScheme scheme = editable(actor, id);
        model.addAttribute("schemeForm", SchemeForm.of(scheme));
        return form(model, actor, scheme, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/schemes/{id}/edit")
    String update(@PathVariable String id, @Valid @ModelAttribute("schemeForm") SchemeForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        FundingScheme scheme = editable(actor, id);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                editor.reviseScheme(actor, scheme.id(), form.details());
                redirect.addFlashAttribute("success", "Scheme updated");
                return "redirect:/workforce/schemes/" + scheme.id();
            } catch (WorkforceChangeRefused refused) {
                FormValues.reject(errors, refused);
            }
        }
        return form(model, actor, scheme, true);
    }

    private FundingScheme editable(Actor actor, String id) {
        FundingScheme scheme = workforce.scheme(actor, FormValues.pathId(id, "workforce-scheme"));
        if (!workforce.mayEdit(actor, scheme)) {
            throw new RecordNotFoundException("workforce-scheme", id);
        }
        return scheme;
    }

    private String form(Model model, Actor actor, FundingScheme existing, boolean withErrors) {
        String heading = existing == null ? "Add a funding scheme" : "Change " + existing.name();
        model.addAttribute("heading", heading);
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading);
        model.addAttribute("existing", existing);
        model.addAttribute("funders", names.funders(actor));
        model.addAttribute("handlingLevels", Arrays.stream(HandlingLevel.values())
                .map(level -> new Choice(level.name(), HandlingLevelLabels.of(level))).toList());
        return FORM;
    }
}
