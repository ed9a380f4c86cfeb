package uk.saferhub.crimedata.internal;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import uk.saferhub.crimedata.ForceMonthCount;

/**
 * The rows of one import on their way in, in the import's own transaction: street-level crimes into
 * {@code crimedata_street}, outcomes into {@code crimedata_outcome}, the same way. Each month's rows are COPYed (PgJDBC's
 * CopyManager, in COPY's binary format: nothing for the server to parse) into a load table of that month's shape with
 * no index, as fast as a plain COPY. At the end ({@link #replace}) each load table takes its month's place:
 * <ul>
 * <li>a month not held yet: the load table is attached as the month's partition (its indexes built in one sort);
 * <li>a month whose rows are mostly replaced (the forces the file leaves out hold no more rows than it brings): the
 * rows of the other forces are copied across, the old partition is detached and dropped and the load table attached;
 * <li>otherwise: the file's force-months are deleted from the partition and the load table's rows inserted.
 * </ul>
 * Nothing is seen by anyone else until the transaction commits, and a rollback leaves the old rows exactly as they
 * were. Rows are written as they are read, so memory stays the same whatever the file's size.
 */
final class StreetCopy implements AutoCloseable {

    static final String COLUMNS = "force_key, month, crime_id, reported_by, falls_within, longitude, latitude, "
            + "location, lsoa_code, lsoa_name, crime_type, last_outcome, context, ward_id";
    static final String OUTCOME_COLUMNS = "force_key, month, crime_id, reported_by, falls_within, longitude, "
            + "latitude, location, lsoa_code, lsoa_name, outcome_type, ward_id";

    /** The start of COPY's binary format: its signature, then flags and a header extension, both none. */
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final long EPOCH_2000 = LocalDate.of(2000, 1, 1).toEpochDay();

    private final Connection connection;
    private final PGConnection pg;
    private final Runnable afterDelete;
    private final Map<Target, Map<String, Long>> months = new TreeMap<>();
    private PGCopyOutputStream copy;
    private DataOutputStream out;
    private Target current;
    private Map<String, Long> currentForces;
    private long rows;
    private long rowsInWards;

    /**
     * A load in the connection's transaction, which holds the import lock from here to its end: one import at a time
     * replaces rows and makes partitions (two imports of one force-month would otherwise both delete nothing and both
     * insert). {@code afterDelete} runs after a month's old rows are taken out (for tests that fail an import there).
     */
    StreetCopy(Connection connection, Runnable afterDelete) throws SQLException {
        this.connection = connection;
        this.pg = connection.unwrap(PGConnection.class);
        this.afterDelete = afterDelete;
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_xact_lock(hashtext('crimedata_street replace'))");
        }
    }

    /** A month of street-level crimes or of outcomes: one load table, one partition. */
    private record Target(boolean outcomes, YearMonth month) implements Comparable<Target> {

        String table() {
            return outcomes ? "crimedata_outcome" : "crimedata_street";
        }

        String partition() {
            return StreetCopy.partition(table(), month);
        }

        String load() {
            return StreetCopy.partition(outcomes ? "crimedata_load_outcome" : "crimedata_load_street", month);
        }

        String columns() {
            return outcomes ? OUTCOME_COLUMNS : COLUMNS;
        }

        @Override
        public int compareTo(Target other) {
            return Comparator.comparing(Target::outcomes).thenComparing(Target::month).compare(this, other);
        }
    }

    static String partition(String table, YearMonth month) {
        return "%s_%04d_%02d".formatted(table, month.getYear(), month.getMonthValue());
    }

    void write(StreetRow row) throws IOException {
        if (current == null || current.outcomes() != row.outcome || !current.month().atDay(1).equals(row.month)) {
            startCopy(new Target(row.outcome, YearMonth.from(row.month)));
        }
        currentForces.merge(row.force, 1L, Long::sum);
        out.writeShort(row.cells.length + 2);
        text(row.force);
        out.writeInt(4);
        out.writeInt((int) (row.month.toEpochDay() - EPOCH_2000));
        for (int i = 0; i < row.cells.length; i++) {
            if (i == StreetColumns.MONTH) {
                continue;
            }
            if (i == StreetColumns.LONGITUDE || i == StreetColumns.LATITUDE) {
                double value = i == StreetColumns.LONGITUDE ? row.longitude : row.latitude;
                if (Double.isNaN(value)) {
                    out.writeInt(-1);
                } else {
                    out.writeInt(8);
                    out.writeDouble(value);
                }
            } else if (row.cells[i].isEmpty()) {
                out.writeInt(-1);
            } else {
                text(row.cells[i]);
            }
        }
        if (row.ward == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(16);
            out.writeLong(row.ward.getMostSignificantBits());
            out.writeLong(row.ward.getLeastSignificantBits());
            rowsInWards++;
        }
        rows++;
    }

    /** Ends the COPY under way and starts one into the target's load table, made the first time it is met. */
    private void startCopy(Target target) throws IOException {
        endCopy();
        YearMonth month = target.month();
        try {
            if (!months.containsKey(target)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create table " + target.load() + " (like " + target.table() + " including "
                            + "defaults including constraints)");
                    // The month's bounds as a constraint, so attaching the table as its partition needs no scan.
                    statement.execute("alter table " + target.load() + " add constraint " + target.load()
                            + "_month check (month >= '" + month.atDay(1) + "' and month < '"
                            + month.plusMonths(1).atDay(1) + "')");
                }
                months.put(target, new TreeMap<>());
            }
            copy = new PGCopyOutputStream(pg, "copy " + target.load() + " (" + target.columns() + ") from stdin "
                    + "with (format binary)", 1 << 16);
        } catch (SQLException failed) {
            throw new IOException(failed.getMessage(), failed);
        }
        out = new DataOutputStream(new BufferedOutputStream(copy, 1 << 16));
        out.write(SIGNATURE);
        out.writeInt(0);
        out.writeInt(0);
        current = target;
        currentForces = months.get(target);
    }

    private void endCopy() throws IOException {
        if (out != null) {
            out.writeShort(-1);
            out.close();
            out = null;
            copy = null;
            current = null;
        }
    }

    /** Ends the COPY: the rows are in the load tables. */
    @Override
    public void close() throws IOException {
        endCopy();
    }

    /** Puts each month's load table in its place (see the class), replacing the force-months the file holds. */
    void replace() throws SQLException {
        for (Map.Entry<Target, Map<String, Long>> entry : months.entrySet()) {
            Target target = entry.getKey();
            YearMonth month = target.month();
            String[] forces = entry.getValue().keySet().toArray(String[]::new);
            long brought = entry.getValue().values().stream().mapToLong(Long::longValue).sum();
            String partition = target.partition();
            String load = target.load();
            String columns = target.columns();
            try (Statement statement = connection.createStatement()) {
                if (!exists(partition)) {
                    statement.execute("alter table " + load + " rename to " + partition);
                    attach(statement, target);
                } else if (others(partition, forces) <= brought) {
                    try (PreparedStatement kept = connection.prepareStatement("insert into " + load + " ("
                            + columns + ") select " + columns + " from " + partition + " where force_key <> all(?)")) {
                        kept.setArray(1, connection.createArrayOf("text", forces));
                        kept.executeUpdate();
                    }
                    statement.execute("alter table " + target.table() + " detach partition " + partition);
                    statement.execute("drop table " + partition);
                    afterDelete.run();
                    statement.execute("alter table " + load + " rename to " + partition);
                    attach(statement, target);
                } else {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "delete from " + partition + " where force_key = any(?) and month = ?")) {
                        delete.setArray(1, connection.createArrayOf("text", forces));
                        delete.setDate(2, Date.valueOf(month.atDay(1)));
                        delete.executeUpdate();
                    }
                    afterDelete.run();
                    statement.execute("insert into " + partition + " (" + columns + ") select " + columns + " from "
                            + load);
                    statement.execute("drop table " + load);
                }
                if (!target.outcomes()) {
                    tally(month, forces);
                }
                // Fresh statistics, so the month's queries are planned for its rows (a new partition has none),
                // from a sample of 3,000 rows: enough to plan scans of a month.
                statement.execute("set local default_statistics_target = 10");
                statement.execute("analyze " + partition);
            }
        }
    }

    /** Counts the force-months' new rows again in crimedata_ward_tally, in place of their old counts. */
    private void tally(YearMonth month, String[] forces) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from crimedata_ward_tally where month = ? and force_key = any(?)");
                PreparedStatement insert = connection.prepareStatement("insert into crimedata_ward_tally "
                        + "(force_key, month, ward_id, crime_type, crimes) select force_key, month, ward_id, "
                        + "crime_type, count(*) from " + partition("crimedata_street", month)
                        + " where force_key = any(?) group by force_key, month, ward_id, crime_type")) {
            delete.setDate(1, Date.valueOf(month.atDay(1)));
            delete.setArray(2, connection.createArrayOf("text", forces));
            delete.executeUpdate();
            insert.setArray(1, connection.createArrayOf("text", forces));
            insert.executeUpdate();
        }
    }

    private void attach(Statement statement, Target target) throws SQLException {
        YearMonth month = target.month();
        statement.execute("alter table " + target.table() + " attach partition " + target.partition()
                + " for values from ('" + month.atDay(1) + "') to ('" + month.plusMonths(1).atDay(1) + "')");
    }

    private boolean exists(String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select to_regclass(?) is not null")) {
            query.setString(1, table);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** The rows of the partition of forces other than these. */
    private long others(String partition, String[] forces) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select count(*) from " + partition + " where force_key <> all(?)")) {
            query.setArray(1, connection.createArrayOf("text", forces));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    long rows() {
        return rows;
    }

    /** The rows written of street-level crimes (not outcomes). */
    long crimes() {
        return months.entrySet().stream().filter(entry -> !entry.getKey().outcomes())
                .flatMap(entry -> entry.getValue().values().stream()).mapToLong(Long::longValue).sum();
    }

    long rowsInWards() {
        return rowsInWards;
    }

    /** The force-months written, with their rows: street-level crimes first, by month and force. */
    List<ForceMonthCount> forceMonths() {
        List<ForceMonthCount> parts = new ArrayList<>();
        months.forEach((target, forces) -> forces.forEach((force, count) -> parts.add(
                new ForceMonthCount(force, target.month(), count, target.outcomes()))));
        parts.sort(Comparator.comparing(ForceMonthCount::outcomes).thenComparing(ForceMonthCount::month)
                .thenComparing(ForceMonthCount::force));
        return parts;
    }

    /** Abandons the COPY after a failure, so the transaction can be rolled back. */
    void abort() {
        try {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException alreadyGone) {
            // the connection is lost or the copy already ended: the rollback follows either way
        }
    }

    /** Writes a text field: its length and its UTF-8 bytes. */
    private void text(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
