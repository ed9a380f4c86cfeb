package uk.saferhub.documents.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.saferhub.documents.DocumentFilter;
import uk.saferhub.documents.DocumentListing;
import uk.saferhub.documents.DocumentStatus;
import uk.saferhub.documents.DocumentType;
import uk.saferhub.documents.Documents;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.CurrentActor;
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

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/documents")
    String register(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String party, @RequestParam(required = false) String status,
            @RequestParam(required = false) String reviewDue, Model model) {
        Actor actor = CurrentActor.require();
        DocumentFilter filter = new DocumentFilter(q == null || q.isBlank() ? null : q.strip(),
                named(DocumentType.class, type), uuid(party), named(DocumentStatus.class, status),
                "true".equals(reviewDue));
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
        model.addAttribute("types", DocumentChoices.types());
        model.addAttribute("statuses", DocumentChoices.statuses());
        model.addAttribute("parties", choices.partyFilter(actor));
        model.addAttribute("mayRegister", ChangePolicy.holds(actor, Role.CONTRIBUTOR));
        return "documents/register";
    }

    private static <E extends Enum<E>> E named(Class<E> kind, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(kind.getEnumConstants()).filter(e -> e.name().equals(text.strip())).findFirst()
                .orElse(null);
    }

    static UUID uuid(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
