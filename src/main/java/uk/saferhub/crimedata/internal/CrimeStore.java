package uk.saferhub.crimedata.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.saferhub.crimedata.CrimeLocation;
import uk.saferhub.crimedata.ForceMonthCount;
import uk.saferhub.crimedata.HarmWeights;
import uk.saferhub.crimedata.RejectedRow;

/**
 * The crime tables: runs recorded as they start and end (the rows themselves go in by {@link StreetCopy}), the
 * figures held and the rejected rows of a run.
 */
@Component
public class CrimeStore {

    private final JdbcClient jdbc;

    /** Runs after a force-month's old rows are deleted, before its new rows; for tests that fail an import there. */
    volatile Runnable afterDelete = () -> { };

    CrimeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void started(UUID run, String file, Instant at, Long size, UUID startedBy) {
        jdbc.sql("insert into crimedata_import_run (id, file, started_at, status, bytes_total, updated_at, started_by) "
                + "values (?, ?, ?, 'running', ?, ?, ?)")
                .params(run, file, Timestamp.from(at), size, Timestamp.from(at), startedBy).update();
    }

    /** How far a running import has read, in a statement of its own (not the import's transaction). */
    void progress(UUID run, long rowsRead, long bytesRead, Instant at) {
        jdbc.sql("update crimedata_import_run set rows_read = ?, bytes_read = ?, updated_at = ? where id = ? "
                + "and status = 'running'").params(rowsRead, bytesRead, Timestamp.from(at), run).update();
    }

    /** Marks runs that have said nothing since {@code before} as refused: their process stopped part way. */
    int interrupted(Instant before, Instant at, String message) {
        return jdbc.sql("update crimedata_import_run set status = 'refused', finished_at = ?, message = ? "
                + "where status = 'running' and coalesce(updated_at, started_at) < ?")
                .params(Timestamp.from(at), message, Timestamp.from(before)).update();
    }

    void refused(UUID run, Instant at, long rowsRead, String message) {
        jdbc.sql("update crimedata_import_run set status = 'refused', finished_at = ?, updated_at = ?, rows_read = ?, "
                + "message = ? where id = ?").params(Timestamp.from(at), Timestamp.from(at), rowsRead, message, run)
                .update();
    }

    /**
     * In the connection's transaction, after its rows are COPYed in ({@link StreetCopy}): records the run's outcome,
     * the force-months it replaced and its rejected rows.
     */
    void loaded(Connection connection, UUID run, Instant at, long rowsRead, long loaded, List<ForceMonthCount> parts,
            List<RejectedRow> rejections, long rowsRejected) throws SQLException {
        try (PreparedStatement finish = connection.prepareStatement("update crimedata_import_run set status = "
                + "'loaded', finished_at = ?, rows_read = ?, rows_loaded = ?, rows_rejected = ?, bytes_read = "
                + "coalesce(bytes_total, bytes_read), updated_at = finished_at where id = ?")) {
            finish.setTimestamp(1, Timestamp.from(at));
            finish.setLong(2, rowsRead);
            finish.setLong(3, loaded);
            finish.setLong(4, rowsRejected);
            finish.setObject(5, run);
            finish.executeUpdate();
        }
        try (PreparedStatement part = connection.prepareStatement(
                "insert into crimedata_import_part (run_id, force_key, month, rows_loaded, outcomes) values (?, ?, ?, ?, ?)")) {
            for (ForceMonthCount each : parts) {
                part.setObject(1, run);
                part.setString(2, each.force());
                part.setDate(3, Date.valueOf(each.month().atDay(1)));
                part.setLong(4, each.rows());
                part.setBoolean(5, each.outcomes());
                part.addBatch();
            }
            part.executeBatch();
        }
        try (PreparedStatement rejected = connection.prepareStatement("insert into crimedata_rejected_row "
                + "(run_id, entry, line_number, reason_key, reason) values (?, ?, ?, ?, ?)")) {
            for (RejectedRow row : rejections) {
                rejected.setObject(1, run);
                rejected.setString(2, row.entry());
                rejected.setLong(3, row.line());
                rejected.setString(4, row.reasonKey());
                rejected.setString(5, row.reason());
                rejected.addBatch();
            }
            rejected.executeBatch();
        }
    }

    /** Rows held, by force and month. */
    public List<ForceMonthCount> counts() {
        return jdbc.sql("select force_key, month, count(*) as n from crimedata_street group by force_key, month "
                + "order by force_key, month")
                .query((rs, i) -> new ForceMonthCount(rs.getString(1), YearMonth.from(rs.getDate(2).toLocalDate()),
                        rs.getLong(3)))
                .list();
    }

    public long count(String force, YearMonth month) {
        return jdbc.sql("select count(*) from crimedata_street where force_key = ? and month = ?")
                .params(force, LocalDate.from(month.atDay(1))).query(Long.class).single();
    }

    public long countInWards(String force, YearMonth month) {
        return jdbc.sql("select count(*) from crimedata_street where force_key = ? and month = ? "
                + "and ward_id is not null").params(force, month.atDay(1)).query(Long.class).single();
    }

    public List<RejectedRow> rejections(UUID run) {
        return jdbc.sql("select entry, line_number, reason_key, reason from crimedata_rejected_row where run_id = ? "
                + "order by entry, line_number")
                .param(run)
                .query((rs, i) -> new RejectedRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public List<CrimeLocation> locations(Set<UUID> wardIds, YearMonth from, YearMonth to, HarmWeights harm) {
        if (wardIds.isEmpty()) {
            return List.of();
        }
        Map<String, LocationTally> tallies = new LinkedHashMap<>();
        jdbc.sql("select location, latitude, longitude, ward_id, crime_type, count(*) from crimedata_street "
                + "where ward_id = any(?) and " + CrimeAnalysisStore.months(from, to) + " and latitude is not null "
                + "group by location, latitude, longitude, ward_id, crime_type")
                .params((Object) wardIds.toArray(UUID[]::new))
                .query(rs -> {
                    String key = rs.getString(1) + "|" + rs.getDouble(2) + "|" + rs.getDouble(3) + "|"
                            + rs.getString(4);
                    LocationTally tally = tallies.computeIfAbsent(key, k -> {
                        try {
                            return new LocationTally(rs.getString(1), rs.getDouble(2), rs.getDouble(3),
                                    rs.getObject(4, UUID.class));
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    tally.byType.merge(rs.getString(5), rs.getLong(6), Long::sum);
                });
        return tallies.values().stream().map(tally -> tally.location(harm))
                .sorted(Comparator.comparingDouble(CrimeLocation::harm).reversed()
                        .thenComparing(Comparator.comparingLong(CrimeLocation::crimes).reversed())
                        .thenComparing(CrimeLocation::location))
                .toList();
    }

    private static final class LocationTally {
        final String location;
        final double latitude;
        final double longitude;
        final UUID ward;
        final Map<String, Long> byType = new TreeMap<>();

        LocationTally(String location, double latitude, double longitude, UUID ward) {
            this.location = location;
            this.latitude = latitude;
            this.longitude = longitude;
            this.ward = ward;
        }

        CrimeLocation location(HarmWeights harm) {
            long crimes = byType.values().stream().mapToLong(Long::longValue).sum();
            double weighted = byType.entrySet().stream().mapToDouble(e -> harm.of(e.getKey()) * e.getValue()).sum();
            return new CrimeLocation(location, latitude, longitude, ward, Map.copyOf(byType), crimes, weighted);
        }
    }

    /** The run's status: running, loaded or refused (empty for no such run). */
    public java.util.Optional<String> status(UUID run) {
        return jdbc.sql("select status from crimedata_import_run where id = ?").param(run).query(String.class)
                .optional();
    }

    static String partition(YearMonth month) {
        return StreetCopy.partition("crimedata_street", month);
    }
}
