package uk.saferhub.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.reports.ReportDetails;
import uk.saferhub.reports.ReportSection;

/** Committee reports: one row each, their sections as JSON in the form's order. */
@Repository
public class CommitteeReportStore {

    private static final TypeReference<List<ReportSection>> SECTIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CommitteeReportStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A report as stored, before its meeting is looked up. */
    public record Row(UUID id, UUID meetingId, UUID owner, ReportDetails details, String sourceType, String sourceId,
            int version, java.time.Instant publishedAt) {
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("select * from reports_report where id = ?").param(id).query((rs, n) -> row(rs)).optional();
    }

    public List<Row> ofMeeting(UUID meetingId) {
        return jdbc.sql("select * from reports_report where meeting_id = ? order by item_number nulls last, title")
                .param(meetingId).query((rs, n) -> row(rs)).list();
    }

    public Optional<UUID> bySource(UUID meetingId, String sourceType, String sourceId) {
        return jdbc.sql("select id from reports_report where meeting_id = ? and source_type = ? and source_id = ?")
                .params(meetingId, sourceType, sourceId).query(UUID.class).optional();
    }

    public void insert(UUID id, UUID meetingId, UUID owner, ReportDetails d, String sourceType, String sourceId,
            String createdBy) {
        jdbc.sql("""
                insert into reports_report (id, meeting_id, item_number, title, report_of, contact_name, contact_role,
                    contact_phone, contact_email, exempt, exemption, sections, source_type, source_id,
                    owning_organisation_id, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)""")
                .params(id, meetingId, d.itemNumber(), d.title(), d.reportOf(), d.contactName(), d.contactRole(),
                        d.contactPhone(), d.contactEmail(), d.exempt(), d.exemption(),
                        json.writeValueAsString(d.sections()), sourceType, sourceId, owner, createdBy)
                .update();
    }

    public void update(UUID id, int version, ReportDetails d) {
        int updated = jdbc.sql("""
                update reports_report set item_number = ?, title = ?, report_of = ?, contact_name = ?,
                    contact_role = ?, contact_phone = ?, contact_email = ?, exempt = ?, exemption = ?,
                    sections = cast(? as jsonb), version = version + 1
                where id = ? and version = ?""")
                .params(d.itemNumber(), d.title(), d.reportOf(), d.contactName(), d.contactRole(), d.contactPhone(),
                        d.contactEmail(), d.exempt(), d.exemption(), json.writeValueAsString(d.sections()), id,
                        version)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("The report " + id + " changed meanwhile");
        }
    }

    /** Marks the report published, if it was not. */
    public boolean publish(UUID id) {
        return jdbc.sql("update reports_report set published_at = now() where id = ? and published_at is null")
                .param(id).update() > 0;
    }

    private Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getObject("owning_organisation_id", UUID.class), new ReportDetails(
                        (Integer) rs.getObject("item_number"), rs.getString("title"), rs.getString("report_of"),
                        rs.getString("contact_name"), rs.getString("contact_role"), rs.getString("contact_phone"),
                        rs.getString("contact_email"), rs.getBoolean("exempt"), rs.getString("exemption"),
                        json.readValue(rs.getString("sections"), SECTIONS)),
                rs.getString("source_type"), rs.getString("source_id"), rs.getInt("version"),
                rs.getObject("published_at", java.time.OffsetDateTime.class) == null ? null
                        : rs.getObject("published_at", java.time.OffsetDateTime.class).toInstant());
    }
}
