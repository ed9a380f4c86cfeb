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
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.workforce.internal.DevelopmentKind;
import uk.saferhub.workforce.internal.DevelopmentRecord;
import uk.saferhub.workforce.internal.DevelopmentRecords;
import uk.saferhub.workforce.internal.Training;

/**
 * A PCSO's personal development record: only their force and the PCSO themselves see it (anyone else is told it does
 * not exist); contributors of the force add entries. Each view is audited.
 */
@Controller
class DevelopmentRecordController {

    /** The service's date of the entry, as the form's date input is named. */
    private static final Map<String, String> FIELDS = Map.of("entryDate", "entryDate.day");

    private final DevelopmentRecords development;
    private final Training training;
    private final TrainingNames names;
    private final WorkforceNames workforceNames;
    private final FormPost post;

    DevelopmentRecordController(DevelopmentRecords development, Training training, TrainingNames names,
            WorkforceNames workforceNames, FormPost post) {
        this.development = development;
        this.training = training;
        this.names = names;
        this.workforceNames = workforceNames;
        this.post = post;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/workforce/pcsos/{id}/development")
    String record(Actor actor, @PathVariable UUID id, Model model) {
        DevelopmentRecord record = development.record(actor, id);
        model.addAttribute("entryForm", DevelopmentEntryForm.on(training.today()));
        return page(model, record);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/workforce/pcsos/{id}/development")
    String add(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("entryForm") DevelopmentEntryForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, FIELDS, () -> {
            development.add(actor, id, form.entry());
            return Done.redirect("/workforce/pcsos/" + id + "/development", "workforce.development.added");
        }, () -> page(model, development.record(actor, id)));
    }

    private String page(Model model, DevelopmentRecord record) {
        model.addAttribute("record", record);
        model.addAttribute("officer", record.officer());
        model.addAttribute("force", names.organisation(record.officer().forceId()));
        model.addAttribute("kinds", workforceNames.options(DevelopmentKind.values(), "workforce.developmentKind."));
        return "workforce/training-development";
    }
}
