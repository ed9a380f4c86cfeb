package uk.saferhub.documents.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import uk.saferhub.documents.DocumentFilter;
import uk.saferhub.documents.DocumentListing;
import uk.saferhub.documents.Documents;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.Role;

/**
 * The register of agreements and protocols the reader may see, filtered by words in the title or summary, type,
 * party organisation, status and reviews due within three months, in a plain GET form that needs no JavaScript.
 */
@Controller
class DocumentRegisterController {

    private final Documents documents;
    private final DocumentChoices choices;

    DocumentRegisterController(Documents documents, DocumentChoices choices) {
        this.documents = documents;
        this.choices = choices;
    }

    /**
     * Words with a control character are refused (400), as in any page's query. A filter naming nothing is ignored,
     * not shown as an error: the register is no form, so its binding result leaves the model.
     */
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/documents")
    String register(Actor actor, @RequestParam(required = false) String q,
            @ModelAttribute("registerFilter") RegisterFilter filters, BindingResult namingNothing, Model model) {
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "registerFilter");
        DocumentFilter filter = filters.with(q);
        List<DocumentListing> rows = documents.register(actor, filter);
        boolean filtered = filter.text() != null || filter.type() != null || filter.party() != null
                || filter.status() != null || filter.reviewDue();
        model.addAttribute("rows", rows);
        model.addAttribute("filtered", filtered);
        model.addAttribute("q", filter.text() == null ? "" : filter.text());
        model.addAttribute("type", filter.type() == null ? "" : filter.type().name());
        model.addAttribute("party", filter.party() == null ? "" : filter.party().toString());
        model.addAttribute("status", filter.status() == null ? "" : filter.status().name());
        model.addAttribute("reviewDue", filter.reviewDue());
        model.addAttribute("types", choices.types());
        model.addAttribute("statuses", choices.statuses());
        model.addAttribute("parties", choices.partyFilter(actor));
        model.addAttribute("mayRegister", ChangePolicy.holds(actor, Role.CONTRIBUTOR));
        return "documents/register";
    }
}
