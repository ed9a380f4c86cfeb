package uk.saferhub.documents.web;

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

import uk.saferhub.documents.Document;
import uk.saferhub.documents.ServiceAgreements;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;

/** Saying what a service agreement delivers: contributors of a party to it. */
@Controller
class AgreementFormController {

    private static final Map<String, String> FIELDS = RefusalFields.of(AgreementForm.class);

    private final AgreementPages pages;
    private final ServiceAgreements agreements;
    private final FormPost post;

    AgreementFormController(AgreementPages pages, ServiceAgreements agreements, FormPost post) {
        this.pages = pages;
        this.agreements = agreements;
        this.post = post;
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @GetMapping("/documents/{id}/agreement/edit")
    String edit(Actor actor, @PathVariable UUID id, Model model) {
        Document document = pages.editable(actor, id);
        model.addAttribute("agreementForm", AgreementForm.of(agreements.agreement(actor, id).orElse(null)));
        return form(model, document);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/documents/{id}/agreement/edit")
    String save(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("agreementForm") AgreementForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Document document = pages.editable(actor, id);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, FIELDS, () -> {
            agreements.describe(actor, id, form.details());
            return Done.redirect("/documents/" + id + "/agreement", "documents.agreementForm.saved");
        }, () -> form(model, document));
    }

    private static String form(Model model, Document document) {
        model.addAttribute("document", document);
        return "documents/agreement-form";
    }
}
