package uk.saferhub.documents.web;

import java.net.URI;
import java.time.LocalDate;
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

import uk.saferhub.documents.NewPilot;
import uk.saferhub.documents.ServiceAgreementDetails;
import uk.saferhub.documents.ServiceAgreements;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * The documents API's writes for a service agreement: what it delivers, a pilot in a trial area and the pilot's
 * evaluated result (roll-out is in {@link DocumentApiChangesController}). Refusals answer 400 problem details naming
 * the field, and nothing changes.
 */
@RestController
@RequestMapping("/api/v1/documents/{id}")
@Tag(name = "Documents")
class AgreementApiChangesController {

    private final ServiceAgreements agreements;
    private final DocumentApiViews views;

    AgreementApiChangesController(ServiceAgreements agreements, DocumentApiViews views) {
        this.agreements = agreements;
        this.views = views;
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PutMapping("/agreement")
    @Operation(summary = "Say what a service agreement delivers: council service, powers, role, duties, referral")
    AgreementResponse describe(Actor actor, @PathVariable UUID id, @RequestBody ServiceAgreementDetails request) {
        agreements.describe(actor, id, request);
        return views.agreement(actor, id);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/pilots")
    @Operation(summary = "Start a pilot of the agreement in a trial area, with its period and evaluation criteria")
    ResponseEntity<AgreementResponse> pilot(Actor actor, @PathVariable UUID id, @RequestBody NewPilot request) {
        agreements.startPilot(actor, id, request);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + id + "/agreement"))
                .body(views.agreement(actor, id));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/pilots/{pilotId}/evaluation")
    @Operation(summary = "Record a pilot's evaluated result; roll-out waits for a successful one")
    AgreementResponse evaluate(Actor actor, @PathVariable UUID id, @PathVariable UUID pilotId,
            @RequestBody EvaluationRequest request) {
        if (agreements.pilots(actor, id).stream().noneMatch(p -> p.id().equals(pilotId))) {
            throw new RecordNotFoundException("pilot", pilotId);
        }
        agreements.evaluate(actor, pilotId, request.evaluatedOn(), request.evaluationResult(),
                request.successful());
        return views.agreement(actor, id);
    }

    /** A pilot's evaluated result: when, what was found, and whether it met its criteria. */
    record EvaluationRequest(LocalDate evaluatedOn, String evaluationResult, Boolean successful) {
    }
}
