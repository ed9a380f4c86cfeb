package uk.saferhub.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.audit.AuditRecord;

/** Reads the audit trail: events with their seals, filtered and paged newest first, or every event about a record. */
@Repository
public class AuditEventSearch {

    /** An event with its seal, when it has one yet. */
    private static final String SELECT = "select audit_event.*, s.previous_hash, s.hash from audit_event"
            + " left join audit_seal s on s.event_seq = audit_event.seq";
    /** Days in a date filter are the days people in the partnership live by. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;

    AuditEventSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                .query(AuditEventSearch::toRecord)
                .list();
        return new AuditPage(events, total, query.page(), query.size());
    }

    public List<AuditRecord> historyOf(String recordType, String recordId) {
        return jdbc.sql(SELECT + " where record_type = ? and record_id = ? order by seq")
                .params(recordType, recordId)
                .query(AuditEventSearch::toRecord)
                .list();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
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
