package uk.saferhub.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditRecord;

/**
 * The hash chain over the audit trail (audit_seal): queued events are linked into it in order, each seal's hash
 * covering its event's fields and the previous seal's hash, and the whole chain can be recomputed to find the first
 * link broken behind SaferHub's back.
 */
@Repository
public class AuditChain {

    static final String GENESIS = "0".repeat(64);
    private static final long CHAIN_LOCK = 0x5AFE_4B0BL;

    private final JdbcClient jdbc;

    AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                .query(AuditEventSearch::toRecord)
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
                    AuditRecord event = AuditEventSearch.toRecord(rs, 0);
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
}
