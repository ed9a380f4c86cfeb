package uk.saferhub.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.audit.AuditEntry;

/**
 * Writes the audit trail: an event is written with the change it records and queued, and the {@link AuditSealer} is
 * woken once it commits to link it into the hash chain ({@link AuditChain}).
 */
@Repository
public class AuditLedger {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    /** Released after a commit that wrote events, so the sealer need not poll. */
    private final Semaphore waiting = new Semaphore(0);

    AuditLedger(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    /**
     * Writes the event in the caller's transaction and queues it for sealing; no lock is taken, so audited requests
     * run side by side. Once the transaction commits, the sealer is woken to link the event into the chain.
     */
    public void append(AuditEntry entry) {
        entry = fitted(entry);
        UUID id = UUID.randomUUID();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String changes = entry.changes() == null || entry.changes().isEmpty() ? null
                : json.writeValueAsString(entry.changes().fields());
        String summary = entry.summary() == null ? "" : entry.summary();
        jdbc.sql("""
                with written as (
                    insert into audit_event (id, occurred_at, actor_kind, actor_id, actor_name, actor_organisation_id,
                        source_address, action, record_type, record_id, summary, changes)
                    values (:id, :at, :kind, :actorId, :actorName, :actorOrg, :source, :action, :recordType,
                        :recordId, :summary, :changes)
                    returning seq)
                insert into audit_unsealed (event_seq) select seq from written""")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .param("kind", entry.actorKind().name())
                .param("actorId", entry.actorId())
                .param("actorName", entry.actorName())
                .param("actorOrg", entry.actorOrganisationId())
                .param("source", sourceAddress())
                .param("action", entry.action().name())
                .param("recordType", entry.recordType())
                .param("recordId", entry.recordId())
                .param("summary", summary)
                .param("changes", changes)
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signalWaiting();
                }
            });
        } else {
            signalWaiting();
        }
    }

    void signalWaiting() {
        if (waiting.availablePermits() == 0) {
            waiting.release();
        }
    }

    /** Waits until an event has been committed since the last call, or the timeout passes. */
    boolean awaitWaitingEvents(Duration timeout) throws InterruptedException {
        boolean signalled = waiting.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        waiting.drainPermits();
        return signalled;
    }

    /** Cuts text to the columns' sizes, so that an unusually long URL or name can never stop an event being kept. */
    private static AuditEntry fitted(AuditEntry entry) {
        return new AuditEntry(entry.actorKind(), entry.actorId(), cut(entry.actorName(), 200),
                entry.actorOrganisationId(), entry.action(), cut(entry.recordType(), 60), cut(entry.recordId(), 100),
                entry.summary(), entry.changes());
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }

    private static String sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String address = request.getRemoteAddr();
            return address == null || address.length() <= 64 ? address : address.substring(0, 64);
        }
        return null;
    }
}
