package uk.saferhub.documents.web;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.saferhub.documents.internal.DocumentPrinting;
import uk.saferhub.shared.access.Actor;

/**
 * PDF downloads of a document version: for signed-in users the versions they may see, and for the public only
 * published documents' approved versions.
 */
@Controller
class DocumentPdfController {

    private final DocumentPrinting printing;

    DocumentPdfController(DocumentPrinting printing) {
        this.printing = printing;
    }

    @GetMapping("/documents/{id}/pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String version) {
        return response(printing.print(actor, id, version), false);
    }

    @GetMapping("/public/documents/{id}/pdf")
    @PermitAll
    ResponseEntity<byte[]> publicPdf(@PathVariable UUID id) {
        return response(printing.print(null, id, null), true);
    }

    static ResponseEntity<byte[]> response(DocumentPrinting.Printed printed, boolean cacheable) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(printed.fileName())
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, cacheable ? "public, max-age=300" : "private, no-store")
                .body(printed.pdf());
    }
}
