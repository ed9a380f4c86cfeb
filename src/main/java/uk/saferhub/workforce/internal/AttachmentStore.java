package uk.saferhub.workforce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;

/** Patrol attachments in SQL: inserted and ended, never deleted. */
@Repository
public class AttachmentStore {

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PatrolAttachment> find(UUID id) {
        return jdbc.sql("select * from workforce_attachment where id = ?").param(id)
                .query(AttachmentStore::attachment).optional();
    }

    /** A PCSO's attachments, the latest first. */
    public List<PatrolAttachment> ofPcso(UUID pcsoId) {
        return jdbc.sql("select * from workforce_attachment where pcso_id = ? order by from_date desc, created_at desc")
                .param(pcsoId).query(AttachmentStore::attachment).list();
    }

    public void insert(PatrolAttachment attachment, Instant now) {
        jdbc.sql("""
                insert into workforce_attachment (id, pcso_id, ward_id, role, from_date, to_date, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(attachment.id(), attachment.pcsoId(), attachment.wardId(), attachment.role().name(),
                        attachment.from(), attachment.to(), Timestamp.from(now))
                .update();
    }

    public void end(UUID id, LocalDate to) {
        jdbc.sql("update workforce_attachment set to_date = ? where id = ?").params(to, id).update();
    }

    /**
     * The attachments holding on a day of PCSOs who have not left, optionally only those of PCSOs the actor may see
     * and narrowed to a team or a scheme (null: any).
     */
    public List<ActiveAttachment> activeOn(LocalDate day, Actor actor, boolean everyone, UUID teamId,
            UUID schemeId) {
        Map<String, Object> params = new HashMap<>();
        params.put("day", day);
        StringBuilder where = new StringBuilder(" " + """
                where a.from_date <= :day and (a.to_date is null or a.to_date >= :day) and p.status <> 'LEFT'""");
        if (!everyone) {
            var predicate = AccessPolicy.visibleRows(actor, "p.force_id", PcsoStore.PCSO_HANDLING);
            where.append(" and ").append(predicate.clause());
            params.putAll(predicate.parameters());
        }
        if (teamId != null) {
            where.append(" and p.team_id = :team");
            params.put("team", teamId);
        }
        if (schemeId != null) {
            where.append(" and p.scheme_id = :scheme");
            params.put("scheme", schemeId);
        }
        return jdbc.sql("""
                select a.id, a.pcso_id, p.name, p.collar_number, p.status, p.force_id, p.team_id, p.scheme_id,
                       a.ward_id, a.role, a.from_date, a.to_date
                  from workforce_attachment a join workforce_pcso p on p.id = a.pcso_id""" + where
                + " order by lower(p.name), p.collar_number, a.role, a.from_date")
                .params(params).query(AttachmentStore::active).list();
    }

    private static ActiveAttachment active(ResultSet rs, int row) throws SQLException {
        return new ActiveAttachment(rs.getObject("id", UUID.class), rs.getObject("pcso_id", UUID.class),
                rs.getString("name"), rs.getString("collar_number"), PcsoStatus.valueOf(rs.getString("status")),
                rs.getObject("force_id", UUID.class), rs.getObject("team_id", UUID.class),
                rs.getObject("scheme_id", UUID.class), rs.getObject("ward_id", UUID.class),
                AttachmentRole.valueOf(rs.getString("role")), rs.getObject("from_date", LocalDate.class),
                rs.getObject("to_date", LocalDate.class));
    }

    private static PatrolAttachment attachment(ResultSet rs, int row) throws SQLException {
        return new PatrolAttachment(rs.getObject("id", UUID.class), rs.getObject("pcso_id", UUID.class),
                rs.getObject("ward_id", UUID.class), AttachmentRole.valueOf(rs.getString("role")),
                rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class));
    }
}
