package uk.saferhub.documents.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.documents.Approval;
import uk.saferhub.documents.Approvals;
import uk.saferhub.documents.Consultations;
import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentEditor;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Documents;
import uk.saferhub.documents.ServiceAgreements;
import uk.saferhub.documents.web.DocumentProceedingsResponse.ApprovalResponse;
import uk.saferhub.documents.web.DocumentProceedingsResponse.CirculationResponse;
import uk.saferhub.documents.web.DocumentProceedingsResponse.CommentResponse;
import uk.saferhub.documents.web.DocumentRequests.ApprovalRequest;
import uk.saferhub.documents.web.DocumentRequests.CirculationRequest;
import uk.saferhub.documents.web.DocumentRequests.CommentRequest;
import uk.saferhub.documents.web.DocumentRequests.DraftRequest;
import uk.saferhub.documents.web.DocumentRequests.RegisterRequest;
import uk.saferhub.documents.web.DocumentRequests.RolloutRequest;
import uk.saferhub.documents.web.DocumentResponse.VersionResponse;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * Changes to documents through the API, for coordinators of a party: registering, saving the draft, circulating it,
 * recording consultees' comments and the approving body's approval, and rolling a service agreement out. A refused
 * step answers 400 problem details naming the field, and nothing changes.
 */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents")
class DocumentApiChangesController {

    private final Documents documents;
    private final DocumentEditor editor;
    private final Consultations consultations;
    private final Approvals approvals;
    private final ServiceAgreements agreements;
    private final DocumentApiViews views;

    DocumentApiChangesController(Documents documents, DocumentEditor editor, Consultations consultations,
            Approvals approvals, ServiceAgreements agreements, DocumentApiViews views) {
        this.documents = documents;
        this.editor = editor;
        this.consultations = consultations;
        this.approvals = approvals;
        this.agreements = agreements;
        this.views = views;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping
    @Operation(summary = "Register a document with its first draft (Draft 1.0 unless firstNumber says otherwise)")
    ResponseEntity<DocumentResponse> register(Actor actor, @RequestBody RegisterRequest request) {
        Document document = editor.register(actor, request.details(), request.content(), request.firstNumber());
        return ResponseEntity.created(URI.create("/api/v1/documents/" + document.id()))
                .body(views.document(actor, document.id()));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PutMapping("/{id}/draft")
    @Operation(summary = "Save the draft's content; once the draft was circulated or approved this makes a new draft")
    VersionResponse saveDraft(Actor actor, @PathVariable UUID id, @RequestBody DraftRequest request) {
        return VersionResponse.of(editor.saveDraft(actor, id, request.content(),
                request.changeNote()));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/{id}/circulations")
    @Operation(summary = "Send the newest draft for comment (with a closing date), for information or for approval")
    ResponseEntity<CirculationResponse> circulate(Actor actor, @PathVariable UUID id,
            @RequestBody CirculationRequest request) {
        var circulation = consultations.circulate(actor, id, request.details());
        var named = documents.view(actor, id).circulations().stream()
                .filter(c -> c.id().equals(circulation.id())).findFirst().orElse(circulation);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + id)).body(CirculationResponse.of(named));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/{id}/circulations/{circulationId}/comments")
    @Operation(summary = "Record a consultee's comment on a circulated draft, against a section or the whole draft")
    ResponseEntity<CommentResponse> comment(Actor actor, @PathVariable UUID id, @PathVariable UUID circulationId,
            @RequestBody CommentRequest request) {
        DocumentView view = documents.view(actor, id);
        if (view.circulations().stream().noneMatch(c -> c.id().equals(circulationId))) {
            throw new RecordNotFoundException("document circulation", circulationId);
        }
        var comment = consultations.comment(actor, circulationId, request.details());
        var named = documents.view(actor, id).comments().stream().filter(c -> c.id().equals(comment.id()))
                .findFirst().orElse(comment);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + id)).body(CommentResponse.of(named));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/{id}/approval")
    @Operation(summary = "Record the approving body's approval of the newest draft, at its meeting or delegated")
    ResponseEntity<ApprovalResponse> approve(Actor actor, @PathVariable UUID id, @RequestBody ApprovalRequest request) {
        Approval approval = approvals.approve(actor, id, request.details());
        DocumentView view = documents.view(actor, id);
        String version = view.versions().stream().filter(v -> v.id().equals(approval.versionId())).findFirst()
                .map(v -> v.shortLabel()).orElse(null);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + id))
                .body(ApprovalResponse.of(approval, version));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/{id}/rollouts")
    @Operation(summary = "Roll an approved service agreement out to a further area, once a pilot has succeeded")
    ResponseEntity<AgreementResponse> rollOut(Actor actor, @PathVariable UUID id, @RequestBody RolloutRequest request) {
        agreements.rollOut(actor, id, request.placeId(), request.fromOn());
        return ResponseEntity.created(URI.create("/api/v1/documents/" + id + "/agreement"))
                .body(views.agreement(actor, id));
    }
}
