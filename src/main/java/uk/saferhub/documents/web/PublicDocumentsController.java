package uk.saferhub.documents.web;

import java.util.Comparator;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.saferhub.documents.DocumentFilter;
import uk.saferhub.documents.DocumentListing;
import uk.saferhub.documents.DocumentVersion;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Documents;
import uk.saferhub.documents.internal.ControlBlock;
import uk.saferhub.documents.internal.DisplayDates;
import uk.saferhub.documents.internal.DocumentMarkup;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * The public pages: the partnership's published documents (approved, PUBLIC handling, published), readable without
 * signing in. Every read is made as the public (a null actor), even for a signed-in visitor, so these pages never
 * show a draft; anything unpublished answers 404.
 */
@Controller
class PublicDocumentsController {

    private final Documents documents;

    PublicDocumentsController(Documents documents) {
        this.documents = documents;
    }

    @PermitAll
    @GetMapping("/public/documents")
    String publishedDocuments(Model model) {
        model.addAttribute("listings", documents.register(null, DocumentFilter.all()).stream()
                .sorted(Comparator.comparing((DocumentListing l) -> l.document().title())).toList());
        return "documents/public-list";
    }

    @PermitAll
    @GetMapping("/public/documents/{id}")
    String publishedDocument(@PathVariable UUID id, Model model) {
        DocumentView view = documents.view(null, id);
        DocumentVersion version = view.latestApproved();
        if (version == null) {
            throw new RecordNotFoundException("document", id);
        }
        model.addAttribute("view", view);
        model.addAttribute("document", view.document());
        model.addAttribute("version", version);
        model.addAttribute("inForceFrom", DisplayDates.day(view.document().inForceFrom()));
        // DocumentMarkup refuses raw HTML and unsafe links and escapes every piece of text it renders, so its HTML
        // is safe to insert unescaped.
        model.addAttribute("contentHtml", DocumentMarkup.parse(version.content()).html());
        model.addAttribute("controlRows", ControlBlock.rows(view, version));
        return "documents/public-document";
    }
}
