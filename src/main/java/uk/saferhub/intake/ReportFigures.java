package uk.saferhub.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' reports (Open311 requests) as the local data analysis counts them: where and when, and of which service,
 * never who reported them. Counting them is open to whoever may see the area; opening one is for the organisation it
 * is routed to, on the intake queue.
 */
@Service
public class ReportFigures {

    public static final String SOURCE = "REPORT";

    private static final String COLUMNS = """
            select r.id, s.name, r.ward_id, r.latitude, r.longitude, r.address_string, r.requested_at
              from intake_request r join intake_service s on s.code = r.service_code""";

    private final JdbcClient jdbc;

    ReportFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The reports placed in any of the wards, made from {@code from} (inclusive) to {@code to} (exclusive). */
    @Transactional(readOnly = true)
    public List<LocalItem> placedIn(Collection<UUID> wardIds, Instant from, Instant to) {
        if (wardIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where r.ward_id = any(?) and r.requested_at >= ? and r.requested_at < ?"
                + " order by r.requested_at, r.id")
                .params(wardIds.toArray(UUID[]::new), Timestamp.from(from), Timestamp.from(to))
                .query(ReportFigures::item).list();
    }

    /** The reports of these numbers that exist (numbers that are not reports are left out). */
    @Transactional(readOnly = true)
    public List<LocalItem> numbered(Collection<String> ids) {
        Long[] numbers = ids.stream().map(ReportFigures::number).flatMap(Optional::stream).toArray(Long[]::new);
        if (numbers.length == 0) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where r.id = any(?) order by r.id").param(numbers)
                .query(ReportFigures::item).list();
    }

    /** The reports linked to a tasking priority on the intake queue, oldest first. */
    @Transactional(readOnly = true)
    public List<LocalItem> linkedTo(UUID priorityId) {
        return jdbc.sql(COLUMNS + " where r.priority_id = ? order by r.requested_at, r.id").param(priorityId)
                .query(ReportFigures::item).list();
    }

    /** The organisation a report is routed to: the one that opens it on its intake queue. */
    @Transactional(readOnly = true)
    public Optional<UUID> routedTo(String id) {
        return number(id).flatMap(number -> jdbc.sql("select routed_organisation_id from intake_request where id = ?")
                .param(number).query(UUID.class).optional());
    }

    private static Optional<Long> number(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static LocalItem item(ResultSet rs, int row) throws SQLException {
        return new LocalItem(SOURCE, String.valueOf(rs.getLong(1)), rs.getString(2), rs.getObject(3, UUID.class),
                (Double) rs.getObject(4), (Double) rs.getObject(5), rs.getString(6),
                rs.getTimestamp(7).toInstant());
    }
}
