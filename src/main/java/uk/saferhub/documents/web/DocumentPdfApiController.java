package uk.saferhub.documents.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.documents.internal.DocumentPrinting;
import uk.saferhub.shared.access.Actor;

/** The PDF of a document version through the API, for keys that may see that version; errors as problem details. */
@RestController
class DocumentPdfApiController {

    private final DocumentPrinting printing;

    DocumentPdfApiController(DocumentPrinting printing) {
        this.printing = printing;
    }

    @GetMapping("/api/v1/documents/{id}/pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String version) {
        return DocumentPdfController.response(printing.print(actor, id, version), false);
    }
}
