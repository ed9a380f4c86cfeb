package uk.saferhub.audit.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.internal.AuditPage;
import uk.saferhub.audit.internal.AuditQuery;
import uk.saferhub.audit.AuditRecord;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.internal.ChainVerification;
import uk.saferhub.audit.web.AuditEventRow.ChangeLine;
import uk.saferhub.shared.ChangeRefused;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageResponse;

/**
 * The audit trail for administrators' systems: the verification of the hash chain, and the events (newest first, kept
 * to the key's partnership and to events of no organisation), paged from page 1 like every list in the API.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The audit trail of your partnership and the verification of its hash chain")
class AuditApiController {

    static final int MAX_PAGE_SIZE = 500;

    private final AuditTrail trail;
    private final ChangeReader changes;

    AuditApiController(AuditTrail trail, ChangeReader changes) {
        this.trail = trail;
        this.changes = changes;
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping("/verify")
    VerificationResponse verify() {
        ChainVerification result = trail.verify();
        return new VerificationResponse(result.intact(), result.eventsChecked(), result.firstBrokenSequence(),
                result.problem());
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping("/events")
    PageResponse<EventResponse> events(Actor actor, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) AuditAction action, @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String recordId) {
        if (page < 1) {
            throw new ChangeRefused(null, "audit.api.page.invalid");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new ChangeRefused(null, "audit.api.size.invalid", String.valueOf(MAX_PAGE_SIZE));
        }
        AuditQuery query = new AuditQuery(null, action == null ? null : action.name(), recordType, recordId, null,
                null, page - 1, size);
        AuditPage found = trail.search(actor, query);
        return PageResponse.of(found.events(), page, found.size(), found.total(), this::event);
    }

    private EventResponse event(AuditRecord event) {
        return new EventResponse(event.sequence(), event.id(), event.occurredAt(), event.actorKind(),
                event.actorId(), event.actorName(), event.actorOrganisationId(), event.sourceAddress(),
                event.action(), event.recordType(), event.recordId(), event.summary(),
                changes.read(event.changes()), event.detailsWithheld(), event.previousHash(), event.hash());
    }

    /** The result of recomputing the chain; the last two are null when it is intact. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record VerificationResponse(boolean intact, long eventsChecked, Long firstBrokenSequence, String problem) {
    }


    /**
     * An event as stored, with its changes as a list of before/after pairs; about a record the key may not see, its
     * summary reads "Details withheld", it has no changes and {@code detailsWithheld} is true.
     */
    record EventResponse(long sequence, UUID id, Instant occurredAt, String actorKind, UUID actorId,
            String actorName, UUID actorOrganisationId, String sourceAddress, String action, String recordType,
            String recordId, String summary, List<ChangeLine> changes, boolean detailsWithheld, String previousHash,
            String hash) {
    }
}
