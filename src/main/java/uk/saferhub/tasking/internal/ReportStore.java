package uk.saferhub.tasking.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Issued reports to bodies, in SQL. */
@Repository
public class ReportStore {

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(IssuedReport report) {
        jdbc.sql("""
                insert into tasking_report (id, body_id, period_from, period_to, issued_by_name,
                    issued_by_organisation, issued_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(report.id(), report.bodyId(), Date.valueOf(report.from()), Date.valueOf(report.to()),
                        report.issuedByName(), report.issuedByOrganisationId(), Timestamp.from(report.issuedAt()))
                .update();
    }

    /** Records the meeting the report was attached to as a paper. */
    public void attached(UUID id, UUID meetingId, Instant at) {
        jdbc.sql("update tasking_report set paper_meeting_id = ?, attached_at = ? where id = ?")
                .params(meetingId, Timestamp.from(at), id).update();
    }

    /** A report issued to the body. */
    public Optional<IssuedReport> find(UUID bodyId, UUID id) {
        return jdbc.sql("select * from tasking_report where id = ? and body_id = ?").params(id, bodyId)
                .query(ReportStore::report).optional();
    }

    /** The reports issued to the body, latest period first. */
    public List<IssuedReport> ofBody(UUID bodyId) {
        return jdbc.sql("select * from tasking_report where body_id = ? order by period_to desc, issued_at desc")
                .param(bodyId).query(ReportStore::report).list();
    }

    private static IssuedReport report(ResultSet rs, int row) throws SQLException {
        Timestamp attached = rs.getTimestamp("attached_at");
        return new IssuedReport(rs.getObject("id", UUID.class), rs.getObject("body_id", UUID.class),
                rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(),
                rs.getString("issued_by_name"), rs.getObject("issued_by_organisation", UUID.class),
                rs.getTimestamp("issued_at").toInstant(), rs.getObject("paper_meeting_id", UUID.class),
                attached == null ? null : attached.toInstant());
    }

    /** The body a report was issued to, whatever it is. */
    public Optional<UUID> body(UUID id) {
        return jdbc.sql("select body_id from tasking_report where id = ?").param(id).query(UUID.class).optional();
    }
}
