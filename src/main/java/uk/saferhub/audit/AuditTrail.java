package uk.saferhub.audit;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.internal.AuditChain;
import uk.saferhub.audit.internal.AuditEventSearch;
import uk.saferhub.audit.internal.AuditLedger;
import uk.saferhub.audit.internal.AuditPage;
import uk.saferhub.audit.internal.AuditQuery;
import uk.saferhub.audit.internal.AuditSealer;
import uk.saferhub.audit.internal.ChainVerification;
import uk.saferhub.audit.internal.RecentChangesQuery;
import uk.saferhub.audit.internal.RecordVisibilities;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;

/**
 * The audit module's API. A change is audited in the caller's transaction, so it is recorded exactly when the change
 * commits; refusals and sign-in failures are recorded in their own transaction, since nothing else commits. Recording
 * takes no lock: events are linked into the hash chain by {@link AuditSealer} shortly after they commit.
 */
@Service
public class AuditTrail {

    private final AuditLedger ledger;
    private final AuditEventSearch events;
    private final AuditChain chain;
    private final AuditSealer sealer;
    private final RecordVisibilities visibilities;
    private final RecentChangesQuery recent;

    AuditTrail(AuditLedger ledger, AuditEventSearch events, AuditChain chain, AuditSealer sealer,
            RecordVisibilities visibilities, RecentChangesQuery recent) {
        this.recent = recent;
        this.ledger = ledger;
        this.events = events;
        this.chain = chain;
        this.sealer = sealer;
        this.visibilities = visibilities;
    }

    /** Records a change made by the current actor. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(AuditAction action, String recordType, Object recordId, String summary, Changes changes) {
        ledger.append(AuditEntry.by(CurrentActor.get().orElse(null), action, recordType, recordId, summary, changes));
    }

    /** Records an event of the given actor (or the system, when null) in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        ledger.append(entry);
    }

    /** Records an event that must stand even though the surrounding work is rolled back or never began. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(AuditEntry entry) {
        ledger.append(entry);
    }

    /**
     * The events the viewer (an administrator) may see, kept to their partnership and to events of no organisation,
     * with the summary and changes of each event about a record the viewer may not see withheld.
     */
    @Transactional(readOnly = true)
    public AuditPage search(Actor viewer, AuditQuery query) {
        AuditPage found = events.search(query.visibleTo(viewer));
        return new AuditPage(visibilities.shownTo(viewer, found.events()), found.total(), found.page(), found.size());
    }

    /**
     * Seals the events still waiting for the chain, then recomputes the chain from the first event and reports the
     * first broken link.
     */
    public ChainVerification verify() {
        sealer.sealAll();
        return chain.verify();
    }

    /** Every event about one record, oldest first, unfiltered: for the application's own checks, never a viewer. */
    @Transactional(readOnly = true)
    public List<AuditRecord> historyOf(String recordType, String recordId) {
        return events.historyOf(recordType, recordId);
    }

    /**
     * The latest changes since a moment to the records named (record type to ids), leaving out the given actor's own,
     * newest first, at most {@code limit}, with their count: for a module to show a reader what changed in records it
     * has already found the reader may see (the trail does not check that here).
     */
    @Transactional(readOnly = true)
    public RecentChanges changesTo(java.util.Map<String, ? extends java.util.Collection<String>> records,
            java.time.Instant since, java.util.UUID exceptActor, int limit) {
        return recent.changesTo(records, since, exceptActor, limit);
    }

    /** When the user signed in before their latest sign-in, if they have signed in before. */
    @Transactional(readOnly = true)
    public Optional<java.time.Instant> previousSignIn(java.util.UUID userId) {
        return recent.previousSignIn(userId);
    }

    /** For a test or a health check: the actor as the audit trail would record them now. */
    public Optional<Actor> currentActor() {
        return CurrentActor.get();
    }
}
