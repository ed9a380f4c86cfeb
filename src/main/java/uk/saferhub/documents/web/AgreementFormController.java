package uk.saferhub.documents.web;

import java.util.UUID;

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
import uk.saferhub.documents.DocumentChangeRefused;
import uk.saferhub.documents.ServiceAgreements;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;

/** Saying what a service agreement delivers: contributors of a party to it. */
@Controller
class AgreementFormController {

    private final AgreementPages pages;
    private final ServiceAgreements agreements;

    AgreementFormController(AgreementPages pages, ServiceAgreements agreements) {
        this.pages = pages;
        this.agreements = agreements;
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @GetMapping("/documents/{id}/agreement/edit")
    String edit(@PathVariable UUID id, Model model) {
        Actor actor = CurrentActor.require();
        Document document = pages.editable(actor, id);
        model.addAttribute("agreementForm", AgreementForm.of(agreements.agreement(actor, id).orElse(null)));
        return form(model, document, false);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/documents/{id}/agreement/edit")
    String save(@PathVariable UUID id, @ModelAttribute("agreementForm") AgreementForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        Document document = pages.editable(actor, id);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                agreements.describe(actor, id, form.details());
                redirect.addFlashAttribute("success", "What the agreement delivers is saved");
                return "redirect:/documents/" + id + "/agreement";
            } catch (DocumentChangeRefused refused) {
                AgreementFormSupport.reject(errors, refused);
            }
        }
        return form(model, document, true);
    }

    private static String form(Model model, Document document, boolean withErrors) {
        String heading = "What " + document.title() + " delivers";
        model.addAttribute("document", document);
        model.addAttribute("heading", heading);
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading);
        return "documents/agreement-form";
    }
}
