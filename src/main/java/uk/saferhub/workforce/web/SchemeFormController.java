package uk.saferhub.workforce.web;

import java.math.BigDecimal;
import java.util.Map;
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
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.workforce.internal.FundingScheme;
import uk.saferhub.workforce.internal.Workforce;
import uk.saferhub.workforce.internal.WorkforceEditor;

/** Adding and changing funding schemes: coordinators of an organisation sharing with the funder. */
@Controller
class SchemeFormController {

    /** The service's dates, as the form's date inputs are named. */
    private static final Map<String, String> FIELDS = Map.of("periodFrom", "periodFrom.day", "periodTo",
            "periodTo.day");

    private final Workforce workforce;
    private final WorkforceEditor editor;
    private final WorkforceNames names;
    private final FormPost post;

    SchemeFormController(Workforce workforce, WorkforceEditor editor, WorkforceNames names, FormPost post) {
        this.workforce = workforce;
        this.editor = editor;
        this.names = names;
        this.post = post;
    }

    @InitBinder("schemeForm")
    void amountsAsTyped(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new AmountEditor());
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/workforce/schemes/new")
    String newScheme(Actor actor, Model model) {
        model.addAttribute("schemeForm", SchemeForm.empty());
        return form(model, actor, null);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/schemes/new")
    String create(Actor actor, @Valid @ModelAttribute("schemeForm") SchemeForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, FIELDS,
                () -> Done.redirect("/workforce/schemes/" + editor.createScheme(actor, form.details()).id(),
                        "workforce.scheme.added"),
                () -> form(model, actor, null));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/workforce/schemes/{id}/edit")
    String edit(Actor actor, @PathVariable UUID id, Model model) {
        FundingScheme scheme = editable(actor, id);
        model.addAttribute("schemeForm", SchemeForm.of(scheme));
        return form(model, actor, scheme);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/schemes/{id}/edit")
    String update(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("schemeForm") SchemeForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model);
        FundingScheme scheme = editable(actor, id);
        return post.submit(checked, redirect, FIELDS, () -> {
            editor.reviseScheme(actor, scheme.id(), form.details());
            return Done.redirect("/workforce/schemes/" + scheme.id(), "workforce.scheme.updated");
        }, () -> form(model, actor, scheme));
    }

    private FundingScheme editable(Actor actor, UUID id) {
        FundingScheme scheme = workforce.scheme(actor, id);
        if (!workforce.mayEdit(actor, scheme)) {
            throw new RecordNotFoundException("workforce-scheme", id);
        }
        return scheme;
    }

    private String form(Model model, Actor actor, FundingScheme existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("funders", names.funders(actor));
        model.addAttribute("handlingLevels", names.options(HandlingLevel.values(), "workforce.handlingLevel."));
        return "workforce/scheme-form";
    }
}
