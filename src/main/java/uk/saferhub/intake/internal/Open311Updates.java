package uk.saferhub.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.identity.ApiKey;

/**
 * Status updates of reports (FixMyStreet's servicerequestupdates): posted by a client or made by staff, each with its
 * update_id. An update older than the report's state is kept in the history but does not change the state.
 */
@Service
public class Open311Updates {

    /** FixMyStreet's states that mean the report is finished with; every other state leaves it open. */
    private static final Set<String> CLOSED = Set.of("CLOSED", "FIXED", "DUPLICATE", "NOT_COUNCILS_RESPONSIBILITY",
            "UNABLE_TO_FIX", "INTERNAL_REFERRAL", "NO_FURTHER_ACTION", "WONT_FIX", "NOT_RESPONSIBLE");
    private static final Set<String> OPEN = Set.of("OPEN", "INVESTIGATING", "IN_PROGRESS", "ACTION_SCHEDULED",
            "CONFIRMED", "REOPEN");

    private final RequestStore store;
    private final AuditTrail audit;
    private final Clock clock;

    Open311Updates(RequestStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records an update a client posts; answers its update_id. */
    @Transactional
    public long post(ApiKey key, String requestId, String status, Instant updatedAt, String description,
            String mediaUrl, String externalUpdateId) {
        Report report = Open311Reads.number(requestId).flatMap(store::find)
                .orElseThrow(() -> new Open311Refused(404, "intake.open311.requestNotFound", requestId));
        if (status == null || status.isBlank()) {
            throw ReportChecks.bad("intake.open311.statusMissing");
        }
        String state = status.strip().toUpperCase(Locale.ROOT);
        if (!CLOSED.contains(state) && !OPEN.contains(state)) {
            throw ReportChecks.bad("intake.open311.statusUnknown", status.strip());
        }
        if (updatedAt == null) {
            throw ReportChecks.bad("intake.open311.updatedMissing");
        }
        String text = ReportChecks.limit(description, ReportChecks.DESCRIPTION_LIMIT, "description");
        String media = ReportChecks.mediaUrl(mediaUrl);
        String external = ReportChecks.limit(externalUpdateId, 100, "update_id");
        long updateId = store.addUpdate(report.id(), CLOSED.contains(state) ? "closed" : "open", text, media,
                external, "CLIENT", updatedAt, clock.instant());
        audit.record(new AuditEntry(AuditEntry.ActorKind.API_KEY, key.id(), key.name(), key.organisationId(),
                AuditAction.UPDATE, "intake-request", String.valueOf(report.id()),
                "Open311 update " + updateId + " of report " + report.id() + ": " + state, Changes.none()));
        return updateId;
    }

    public List<StatusUpdate> since(Instant from, Instant to) {
        return store.updates(from, to, Open311Reads.MAX_PAGE);
    }
}
