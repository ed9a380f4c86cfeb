package uk.saferhub.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditPage;
import uk.saferhub.audit.AuditQuery;
import uk.saferhub.audit.AuditRecord;
import uk.saferhub.audit.ChainVerification;

/**
 * Writes and reads the audit trail. An event is written with the change it records and queued; {@link AuditSealer}
 * then links it into the hash chain (audit_seal), where each seal's hash covers its event's fields and the previous
 * seal's hash.
 */
@Repository
public class AuditLedger {

    static final String GENESIS = "0".repeat(64);
    /** An event with its seal, when it has one yet. */
    private static final String SELECT = "select audit_event.*, s.previous_hash, s.hash from audit_event"
            + " left join audit_seal s on s.event_seq = audit_event.seq";
    private static final long CHAIN_LOCK = 0x5AFE_4B0BL;
    /** Days in a date filter are the days people in the partnership live by. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

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

    /**
     * Links up to {@code limit} queued events into the chain, oldest first, in the caller's transaction. Only one
     * sealer works at a time across every instance sharing the database (a transaction-scoped advisory lock that
     * nothing on the request path takes); another that finds the lock taken seals nothing and returns -1.
     */
    int sealWaiting(int limit) {
        boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Boolean.class)
                .single();
        if (!mine) {
            return -1;
        }
        // Driven from the queue's own index: the events table may hold millions of rows.
        Long[] waiting = jdbc.sql("select event_seq from audit_unsealed order by event_seq limit :limit")
                .param("limit", limit).query(Long.class).list().toArray(Long[]::new);
        if (waiting.length == 0) {
            return 0;
        }
        List<AuditRecord> events = jdbc.sql("""
                select e.*, null as previous_hash, null as hash from audit_event e
                where e.seq = any(:waiting) order by e.seq""")
                .param("waiting", waiting)
                .query(AuditLedger::toRecord)
                .list();
        var last = jdbc.sql("select position, hash from audit_seal order by position desc limit 1")
                .query((rs, n) -> new Object[] {rs.getLong("position"), rs.getString("hash")}).optional();
        long position = last.map(row -> (Long) row[0]).orElse(0L);
        String previous = last.map(row -> (String) row[1]).orElse(GENESIS);
        List<Object[]> seals = new ArrayList<>(events.size());
        for (AuditRecord event : events) {
            String hash = hashOf(previous, event);
            seals.add(new Object[] {++position, event.sequence(), previous, hash});
            previous = hash;
        }
        jdbc.sql("""
                insert into audit_seal (position, event_seq, previous_hash, hash)
                select * from unnest(:positions, :events, :previous, :hashes)""")
                .param("positions", seals.stream().map(seal -> seal[0]).toArray(Long[]::new))
                .param("events", seals.stream().map(seal -> seal[1]).toArray(Long[]::new))
                .param("previous", seals.stream().map(seal -> seal[2]).toArray(String[]::new))
                .param("hashes", seals.stream().map(seal -> seal[3]).toArray(String[]::new))
                .update();
        // Every event taken off the queue is in the chain now; one whose row cannot be read (it was removed behind
        // the trail's back) stays queued, and verification names it.
        jdbc.sql("delete from audit_unsealed where event_seq = any(:events)")
                .param("events", seals.stream().map(seal -> seal[1]).toArray(Long[]::new))
                .update();
        return waiting.length;
    }

    private static String hashOf(String previous, AuditRecord event) {
        return hash(previous, event.id(), event.occurredAt(), event.actorKind(), event.actorId(), event.actorName(),
                event.actorOrganisationId(), event.sourceAddress(), event.action(), event.recordType(),
                event.recordId(), event.summary(), event.changes());
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

    public AuditPage search(AuditQuery query) {
        var where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (hasText(query.actorName())) {
            where.append(" and lower(actor_name) like :actor");
            params.put("actor", "%" + query.actorName().toLowerCase() + "%");
        }
        if (hasText(query.action())) {
            where.append(" and action = :action");
            params.put("action", query.action());
        }
        if (hasText(query.recordType())) {
            where.append(" and record_type = :recordType");
            params.put("recordType", query.recordType());
        }
        if (hasText(query.recordId())) {
            where.append(" and record_id = :recordId");
            params.put("recordId", query.recordId());
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", Timestamp.from(query.from().atStartOfDay(UK).toInstant()));
        }
        if (query.to() != null) {
            where.append(" and occurred_at < :to");
            params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(UK).toInstant()));
        }
        if (query.actorOrganisationIds() != null) {
            if (query.actorOrganisationIds().isEmpty()) {
                where.append(" and actor_organisation_id is null");
            } else {
                where.append(" and (actor_organisation_id is null or actor_organisation_id in (:actorOrgs))");
                params.put("actorOrgs", List.copyOf(query.actorOrganisationIds()));
            }
        }
        long total = jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
        List<AuditRecord> events = jdbc.sql(SELECT + where
                        + " order by seq desc limit :limit offset :offset")
                .params(params)
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(AuditLedger::toRecord)
                .list();
        return new AuditPage(events, total, query.page(), query.size());
    }

    public List<AuditRecord> historyOf(String recordType, String recordId) {
        return jdbc.sql(SELECT + " where record_type = ? and record_id = ? order by seq")
                .params(recordType, recordId)
                .query(AuditLedger::toRecord)
                .list();
    }

    /**
     * Walks the seals in chain order: each must link to the one before and match its event's content. Then every
     * event must be either sealed or still queued; one that is neither was slipped in behind the trail's back.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        var expectedPrevious = new AtomicReference<>(GENESIS);
        var checked = new long[] {0};
        var broken = new ArrayList<ChainVerification>(1);
        jdbc.sql("""
                select s.event_seq as sealed_seq, e.*, s.previous_hash, s.hash from audit_seal s
                left join audit_event e on e.seq = s.event_seq
                order by s.position""").query((ResultSet rs) -> {
                    if (!broken.isEmpty()) {
                        return;
                    }
                    checked[0]++;
                    if (rs.getObject("seq") == null) {
                        long missing = rs.getLong("sealed_seq");
                        broken.add(new ChainVerification(false, checked[0], missing,
                                "event " + missing + " is missing: it was sealed into the chain and then removed"));
                        return;
                    }
                    AuditRecord event = toRecord(rs, 0);
                    if (!event.previousHash().equals(expectedPrevious.get())) {
                        broken.add(new ChainVerification(false, checked[0], event.sequence(),
                                "event " + event.sequence() + " does not link to the event before it"));
                        return;
                    }
                    if (!hashOf(event.previousHash(), event).equals(event.hash())) {
                        broken.add(new ChainVerification(false, checked[0], event.sequence(),
                                "event " + event.sequence() + " has been altered: its hash no longer matches its content"));
                        return;
                    }
                    expectedPrevious.set(event.hash());
                });
        if (!broken.isEmpty()) {
            return broken.getFirst();
        }
        var outside = jdbc.sql("""
                select min(e.seq) from audit_event e
                where not exists (select 1 from audit_seal s where s.event_seq = e.seq)
                  and not exists (select 1 from audit_unsealed u where u.event_seq = e.seq)""")
                .query(Long.class).optional();
        if (outside.isPresent()) {
            long sequence = outside.get();
            return new ChainVerification(false, checked[0], sequence,
                    "event " + sequence + " is in neither the chain nor the queue for it: it was written behind the trail's back");
        }
        var vanished = jdbc.sql("""
                select min(u.event_seq) from audit_unsealed u
                where not exists (select 1 from audit_event e where e.seq = u.event_seq)""")
                .query(Long.class).optional();
        if (vanished.isPresent()) {
            long sequence = vanished.get();
            return new ChainVerification(false, checked[0], sequence,
                    "event " + sequence + " is missing: it was written and then removed before it was sealed");
        }
        return new ChainVerification(true, checked[0], null, null);
    }

    /** How many events are written but not yet sealed into the chain. */
    long waitingToBeSealed() {
        return jdbc.sql("select count(*) from audit_unsealed").query(Long.class).single();
    }

    static String hash(String previous, UUID id, Instant at, String actorKind, UUID actorId, String actorName,
            UUID actorOrganisationId, String source, String action, String recordType, String recordId,
            String summary, String changes) {
        String canonical = String.join("\u001f", previous, id.toString(), at.toString(), actorKind, text(actorId),
                text(actorName), text(actorOrganisationId), text(source), action, text(recordType), text(recordId),
                text(summary), text(changes));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String address = request.getRemoteAddr();
            return address == null || address.length() <= 64 ? address : address.substring(0, 64);
        }
        return null;
    }

    static AuditRecord toRecord(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(
                rs.getLong("seq"),
                rs.getObject("id", UUID.class),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor_kind"),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"),
                rs.getObject("actor_organisation_id", UUID.class),
                rs.getString("source_address"),
                rs.getString("action"),
                rs.getString("record_type"),
                rs.getString("record_id"),
                rs.getString("summary"),
                rs.getString("changes"),
                rs.getString("previous_hash"),
                rs.getString("hash"),
                false);
    }
}
