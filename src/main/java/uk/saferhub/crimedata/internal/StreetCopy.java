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
 * The rows of one import on their way in, in the import's own transaction. Each month's rows are COPYed (PgJDBC's
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

    /** The start of COPY's binary format: its signature, then flags and a header extension, both none. */
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int FIELDS = 14;
    private static final long EPOCH_2000 = LocalDate.of(2000, 1, 1).toEpochDay();

    private final Connection connection;
    private final PGConnection pg;
    private final Runnable afterDelete;
    private final Map<YearMonth, Map<String, Long>> months = new TreeMap<>();
    private PGCopyOutputStream copy;
    private DataOutputStream out;
    private LocalDate currentMonth;
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

    void write(StreetRow row) throws IOException {
        if (!row.month.equals(currentMonth)) {
            startCopy(row.month);
        }
        currentForces.merge(row.force, 1L, Long::sum);
        out.writeShort(FIELDS);
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

    /** Ends the COPY under way and starts one into the month's load table, made the first time the month is met. */
    private void startCopy(LocalDate month) throws IOException {
        endCopy();
        YearMonth yearMonth = YearMonth.from(month);
        try {
            if (!months.containsKey(yearMonth)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create table " + load(yearMonth) + " (like crimedata_street including "
                            + "defaults including constraints)");
                    // The month's bounds as a constraint, so attaching the table as its partition needs no scan.
                    statement.execute("alter table " + load(yearMonth) + " add constraint " + load(yearMonth)
                            + "_month check (month >= '" + yearMonth.atDay(1) + "' and month < '"
                            + yearMonth.plusMonths(1).atDay(1) + "')");
                }
                months.put(yearMonth, new TreeMap<>());
            }
            copy = new PGCopyOutputStream(pg, "copy " + load(yearMonth) + " (" + COLUMNS + ") from stdin with "
                    + "(format binary)", 1 << 16);
        } catch (SQLException failed) {
            throw new IOException(failed.getMessage(), failed);
        }
        out = new DataOutputStream(new BufferedOutputStream(copy, 1 << 16));
        out.write(SIGNATURE);
        out.writeInt(0);
        out.writeInt(0);
        currentMonth = month;
        currentForces = months.get(yearMonth);
    }

    private void endCopy() throws IOException {
        if (out != null) {
            out.writeShort(-1);
            out.close();
            out = null;
            copy = null;
            currentMonth = null;
        }
    }

    /** Ends the COPY: the rows are in the load tables. */
    @Override
    public void close() throws IOException {
        endCopy();
    }

    /** Puts each month's load table in its place (see the class), replacing the force-months the file holds. */
    void replace() throws SQLException {
        for (Map.Entry<YearMonth, Map<String, Long>> entry : months.entrySet()) {
            YearMonth month = entry.getKey();
            String[] forces = entry.getValue().keySet().toArray(String[]::new);
            long brought = entry.getValue().values().stream().mapToLong(Long::longValue).sum();
            String partition = CrimeStore.partition(month);
            String load = load(month);
            try (Statement statement = connection.createStatement()) {
                if (!exists(partition)) {
                    statement.execute("alter table " + load + " rename to " + partition);
                    attach(statement, month);
                } else if (others(partition, forces) <= brought) {
                    try (PreparedStatement kept = connection.prepareStatement("insert into " + load + " ("
                            + COLUMNS + ") select " + COLUMNS + " from " + partition + " where force_key <> all(?)")) {
                        kept.setArray(1, connection.createArrayOf("text", forces));
                        kept.executeUpdate();
                    }
                    statement.execute("alter table crimedata_street detach partition " + partition);
                    statement.execute("drop table " + partition);
                    afterDelete.run();
                    statement.execute("alter table " + load + " rename to " + partition);
                    attach(statement, month);
                } else {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "delete from " + partition + " where force_key = any(?) and month = ?")) {
                        delete.setArray(1, connection.createArrayOf("text", forces));
                        delete.setDate(2, Date.valueOf(month.atDay(1)));
                        delete.executeUpdate();
                    }
                    afterDelete.run();
                    statement.execute("insert into " + partition + " (" + COLUMNS + ") select " + COLUMNS + " from "
                            + load);
                    statement.execute("drop table " + load);
                }
            }
        }
    }

    private void attach(Statement statement, YearMonth month) throws SQLException {
        statement.execute("alter table crimedata_street attach partition " + CrimeStore.partition(month)
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

    private static String load(YearMonth month) {
        return "crimedata_load_%04d_%02d".formatted(month.getYear(), month.getMonthValue());
    }

    long rows() {
        return rows;
    }

    long rowsInWards() {
        return rowsInWards;
    }

    /** The force-months written, with their rows, by month and force. */
    List<ForceMonthCount> forceMonths() {
        List<ForceMonthCount> parts = new ArrayList<>();
        months.forEach((month, forces) -> forces.forEach((force, count) -> parts.add(
                new ForceMonthCount(force, month, count))));
        parts.sort(Comparator.comparing(ForceMonthCount::month).thenComparing(ForceMonthCount::force));
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
