package uk.saferhub.workforce.web;

import java.util.Arrays;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.workforce.DevelopmentKind;
import uk.saferhub.workforce.DevelopmentRecord;
import uk.saferhub.workforce.DevelopmentRecords;
import uk.saferhub.workforce.NewDevelopmentEntry;
import uk.saferhub.workforce.Training;
import uk.saferhub.workforce.TrainingChangeRefused;

/**
 * A PCSO's personal development record: only their force and the PCSO themselves see it (anyone else is told it does
 * not exist); contributors of the force add entries. Each view is audited.
 */
@Controller
class DevelopmentRecordController {

    private final DevelopmentRecords development;
    private final Training training;
    private final TrainingNames names;

    DevelopmentRecordController(DevelopmentRecords development, Training training, TrainingNames names) {
        this.development = development;
        this.training = training;
        this.names = names;
    }

    @InitBinder("entryForm")
    void onlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields("entryDateDay", "entryDateMonth", "entryDateYear", "kind", "note");
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/workforce/pcsos/{id}/development")
    String record(@PathVariable UUID id, Model model) {
        DevelopmentRecord record = development.record(CurrentActor.require(), id);
        model.addAttribute("entryForm", DevelopmentEntryForm.on(training.today()));
        return page(model, record, false);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/workforce/pcsos/{id}/development")
    String add(@PathVariable UUID id, @Valid @ModelAttribute("entryForm") DevelopmentEntryForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        NewDevelopmentEntry entry = form.entry(errors);
        if (!errors.hasErrors()) {
            try {
                development.add(actor, id, entry);
                redirect.addFlashAttribute("success", "Development entry added");
                return "redirect:/workforce/pcsos/" + id + "/development";
            } catch (TrainingChangeRefused refused) {
                FormErrors.reject(errors, "entryDate".equals(refused.field())
                        ? new TrainingChangeRefused("entryDateDay", refused.getMessage()) : refused);
            }
        }
        return page(model, development.record(actor, id), true);
    }

    private String page(Model model, DevelopmentRecord record, boolean withErrors) {
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + "Personal development record – "
                + record.officer().name());
        model.addAttribute("record", record);
        model.addAttribute("officer", record.officer());
        model.addAttribute("force", names.organisation(record.officer().forceId()));
        model.addAttribute("kinds", Arrays.stream(DevelopmentKind.values())
                .map(kind -> new TrainingChoice(kind.name(), kind.label())).toList());
        return "workforce/training-development";
    }
}
