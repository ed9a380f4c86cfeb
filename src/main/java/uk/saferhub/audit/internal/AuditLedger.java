package uk.saferhub.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditPage;
import uk.saferhub.audit.AuditQuery;
import uk.saferhub.audit.AuditRecord;
import uk.saferhub.audit.ChainVerification;

/**
 * Writes and reads the audit_event table. Each event's hash covers its own fields and the previous event's hash; an
 * advisory lock held to the end of the writing transaction keeps the chain a single line under concurrent writers.
 */
@Repository
public class AuditLedger {

    static final String GENESIS = "0".repeat(64);
    private static final long CHAIN_LOCK = 0x5AFE_4B0BL;
    /** Days in a date filter are the days people in the partnership live by. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLedger(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    public void append(AuditEntry entry) {
        entry = fitted(entry);
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).list();
        String previous = jdbc.sql("select hash from audit_event order by seq desc limit 1")
                .query(String.class).optional().orElse(GENESIS);
        UUID id = UUID.randomUUID();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String changes = entry.changes() == null || entry.changes().isEmpty() ? null
                : json.writeValueAsString(entry.changes().fields());
        String source = sourceAddress();
        String summary = entry.summary() == null ? "" : entry.summary();
        String hash = hash(previous, id, at, entry.actorKind().name(), entry.actorId(), entry.actorName(),
                entry.actorOrganisationId(), source, entry.action().name(), entry.recordType(), entry.recordId(),
                summary, changes);
        jdbc.sql("""
                insert into audit_event (id, occurred_at, actor_kind, actor_id, actor_name, actor_organisation_id,
                    source_address, action, record_type, record_id, summary, changes, previous_hash, hash)
                values (:id, :at, :kind, :actorId, :actorName, :actorOrg, :source, :action, :recordType, :recordId,
                    :summary, :changes, :previous, :hash)""")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .param("kind", entry.actorKind().name())
                .param("actorId", entry.actorId())
                .param("actorName", entry.actorName())
                .param("actorOrg", entry.actorOrganisationId())
                .param("source", source)
                .param("action", entry.action().name())
                .param("recordType", entry.recordType())
                .param("recordId", entry.recordId())
                .param("summary", summary)
                .param("changes", changes)
                .param("previous", previous)
                .param("hash", hash)
                .update();
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
        List<AuditRecord> events = jdbc.sql("select * from audit_event" + where
                        + " order by seq desc limit :limit offset :offset")
                .params(params)
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(AuditLedger::toRecord)
                .list();
        return new AuditPage(events, total, query.page(), query.size());
    }

    public List<AuditRecord> historyOf(String recordType, String recordId) {
        return jdbc.sql("select * from audit_event where record_type = ? and record_id = ? order by seq")
                .params(recordType, recordId)
                .query(AuditLedger::toRecord)
                .list();
    }

    public ChainVerification verify() {
        var expectedPrevious = new AtomicReference<>(GENESIS);
        var checked = new long[] {0};
        var broken = new ArrayList<ChainVerification>(1);
        jdbc.sql("select * from audit_event order by seq").query((ResultSet rs) -> {
            if (!broken.isEmpty()) {
                return;
            }
            AuditRecord event = toRecord(rs, 0);
            checked[0]++;
            if (!event.previousHash().equals(expectedPrevious.get())) {
                broken.add(new ChainVerification(false, checked[0], event.sequence(),
                        "event " + event.sequence() + " does not link to the event before it"));
                return;
            }
            String recomputed = hash(event.previousHash(), event.id(), event.occurredAt(), event.actorKind(),
                    event.actorId(), event.actorName(), event.actorOrganisationId(), event.sourceAddress(),
                    event.action(), event.recordType(), event.recordId(), event.summary(), event.changes());
            if (!recomputed.equals(event.hash())) {
                broken.add(new ChainVerification(false, checked[0], event.sequence(),
                        "event " + event.sequence() + " has been altered: its hash no longer matches its content"));
                return;
            }
            expectedPrevious.set(event.hash());
        });
        return broken.isEmpty() ? new ChainVerification(true, checked[0], null, null) : broken.getFirst();
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
