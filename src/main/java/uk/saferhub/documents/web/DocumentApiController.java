package uk.saferhub.documents.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.documents.DocumentChangeRefused;
import uk.saferhub.documents.DocumentFilter;
import uk.saferhub.documents.DocumentListing;
import uk.saferhub.documents.DocumentStatus;
import uk.saferhub.documents.DocumentType;
import uk.saferhub.documents.DocumentVersion;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Documents;
import uk.saferhub.documents.internal.ControlBlock;
import uk.saferhub.documents.internal.DocumentMarkup;
import uk.saferhub.documents.web.DocumentResponse.VersionResponse;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageResponse;

/**
 * The register of agreements and protocols in the API: lists, one document with its control block, its versions,
 * one version's content and sections, and a service agreement's pilots and roll-outs. Drafts only to parties and
 * consultees; anything the caller may not see answers 404.
 */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents", description = "Agreements and protocols: the register, versions, control blocks and"
        + " service-agreement pilots")
class DocumentApiController {

    private final Documents documents;
    private final DocumentApiViews views;

    DocumentApiController(Documents documents, DocumentApiViews views) {
        this.documents = documents;
        this.views = views;
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping
    @Operation(summary = "The documents you may see, by title, filtered")
    PageResponse<DocumentResponse> register(Actor actor,
            @Parameter(description = "Only this type, e.g. SERVICE_AGREEMENT") @RequestParam(required = false)
            DocumentType type,
            @Parameter(description = "Only this status, e.g. IN_FORCE") @RequestParam(required = false)
            DocumentStatus status,
            @Parameter(description = "Only documents this organisation is party to") @RequestParam(required = false)
            UUID party,
            @Parameter(description = "Words in the title or summary") @RequestParam(required = false) String q,
            @Parameter(description = "Only documents whose review is due within three months or overdue")
            @RequestParam(defaultValue = "false") boolean reviewDue,
            @Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "25") int size) {
        if (page < 1 || size < 1 || size > 100) {
            throw new DocumentChangeRefused(null, "documents.api.page.invalid");

        }
        List<DocumentListing> all = documents.register(actor,
                new DocumentFilter(q, type, party, status, reviewDue));
        int fromIndex = (int) Math.min((long) (page - 1) * size, all.size());
        int toIndex = Math.min(fromIndex + size, all.size());
        return PageResponse.of(all.subList(fromIndex, toIndex), page, size, all.size(), views::summary);
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/{id}")
    @Operation(summary = "One document: details, hierarchy, status, current version and control block")
    DocumentResponse document(Actor actor, @PathVariable UUID id) {
        return views.document(actor, id);
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/{id}/versions")
    @Operation(summary = "The versions you may see, oldest first (drafts only to parties and consultees)")
    List<VersionResponse> versions(Actor actor, @PathVariable UUID id) {
        return documents.versions(actor, id).stream().map(VersionResponse::of).toList();
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/{id}/versions/{number}")
    @Operation(summary = "One version by its number (\"1.1\"): content, rendered HTML, sections and control block")
    DocumentContentResponse version(Actor actor, @PathVariable UUID id, @PathVariable String number) {
        DocumentVersion version = documents.version(actor, id, number);
        DocumentView view = documents.view(actor, id);
        return DocumentContentResponse.of(version, DocumentMarkup.parse(version.content()),
                ControlBlock.rows(view, version));
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/{id}/agreement")
    @Operation(summary = "A service agreement: what it delivers, its pilots and roll-outs")
    AgreementResponse agreement(Actor actor, @PathVariable UUID id) {
        return views.agreement(actor, id);
    }
}
