package uk.saferhub.crimedata.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

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
    /** The street-level rows written, counted by month, force, ward and crime type, for crimedata_ward_tally. */
    private final Map<YearMonth, Map<Tally, long[]>> tallies = new HashMap<>();
    private Map<Tally, long[]> currentTally;
    private PGCopyOutputStream copy;
    private CopyBuffer out;
    private final String[] lastText = new String[StreetColumns.HEADER.size()];
    private final byte[][] lastBytes = new byte[StreetColumns.HEADER.size()][];
    private Target current;
    private Map<String, Long> currentForces;
    private String lastForce;
    private long lastForceRows;
    /** The current month's first day in COPY's binary form: days since 1 January 2000. */
    private int currentDay;
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

    /** A force's crimes of one type in one ward (null: in none) of a month. */
    private record Tally(String force, UUID ward, String crimeType) {
    }

    static String partition(String table, YearMonth month) {
        return "%s_%04d_%02d".formatted(table, month.getYear(), month.getMonthValue());
    }

    void write(StreetRow row) throws IOException {
        if (current == null || current.outcomes() != row.outcome || !current.month().atDay(1).equals(row.month)) {
            startCopy(new Target(row.outcome, YearMonth.from(row.month)));
        }
        if (!row.force.equals(lastForce)) {
            // A file's rows come force by force: the count in hand is the row's force's until the force changes.
            flushForce();
            lastForce = row.force;
        }
        lastForceRows++;
        if (!row.outcome) {
            currentTally.computeIfAbsent(new Tally(row.force, row.ward, row.cells[StreetColumns.CRIME_TYPE]),
                    key -> new long[1])[0]++;
        }
        out.writeShort(row.cells.length + 2);
        text(row.force);
        out.writeInt(4);
        out.writeInt(currentDay);
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
                cell(i, row.cells[i]);
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
                    + "with (format binary, freeze)", 1 << 16);
        } catch (SQLException failed) {
            throw new IOException(failed.getMessage(), failed);
        }
        out = new CopyBuffer(copy);
        out.write(SIGNATURE);
        out.writeInt(0);
        out.writeInt(0);
        current = target;
        currentForces = months.get(target);
        currentDay = (int) (month.atDay(1).toEpochDay() - EPOCH_2000);
        currentTally = tallies.computeIfAbsent(month, key -> new HashMap<>());
    }

    /** Adds the rows counted for the last force to its month's count. */
    private void flushForce() {
        if (lastForce != null && lastForceRows > 0) {
            currentForces.merge(lastForce, lastForceRows, Long::sum);
        }
        lastForce = null;
        lastForceRows = 0;
    }

    private void endCopy() throws IOException {
        if (out != null) {
            flushForce();
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
            long kept;
            try (Statement statement = connection.createStatement()) {
                if (!exists(partition)) {
                    statement.execute("alter table " + load + " rename to " + partition);
                    attach(statement, target);
                } else if ((kept = others(target, forces)) <= brought) {
                    if (kept > 0) {
                        try (PreparedStatement copied = connection.prepareStatement("insert into " + load + " ("
                                + columns + ") select " + columns + " from " + partition
                                + " where force_key <> all(?)")) {
                            copied.setArray(1, connection.createArrayOf("text", forces));
                            copied.executeUpdate();
                        }
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

    /** Puts the force-months' new counts in crimedata_ward_tally in place of their old ones. */
    private void tally(YearMonth month, String[] forces) throws SQLException {
        Map<Tally, long[]> counts = tallies.getOrDefault(month, Map.of());
        List<String> force = new ArrayList<>(counts.size());
        List<UUID> ward = new ArrayList<>(counts.size());
        List<String> type = new ArrayList<>(counts.size());
        List<Long> crimes = new ArrayList<>(counts.size());
        counts.forEach((key, count) -> {
            force.add(key.force());
            ward.add(key.ward());
            type.add(key.crimeType());
            crimes.add(count[0]);
        });
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from crimedata_ward_tally where month = ? and force_key = any(?)");
                PreparedStatement insert = connection.prepareStatement("insert into crimedata_ward_tally "
                        + "(force_key, month, ward_id, crime_type, crimes) select t.force_key, ?, t.ward_id, "
                        + "t.crime_type, t.crimes from unnest(?::text[], ?::uuid[], ?::text[], ?::bigint[]) "
                        + "as t (force_key, ward_id, crime_type, crimes)")) {
            delete.setDate(1, Date.valueOf(month.atDay(1)));
            delete.setArray(2, connection.createArrayOf("text", forces));
            delete.executeUpdate();
            insert.setDate(1, Date.valueOf(month.atDay(1)));
            insert.setArray(2, connection.createArrayOf("text", force.toArray()));
            insert.setArray(3, connection.createArrayOf("uuid", ward.toArray()));
            insert.setArray(4, connection.createArrayOf("text", type.toArray()));
            insert.setArray(5, connection.createArrayOf("bigint", crimes.toArray()));
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

    /**
     * The rows of the target's month of forces other than these: of street-level crimes as the ward tally counts them
     * (a few hundred rows, where the partition holds hundreds of thousands), of outcomes counted.
     */
    private long others(Target target, String[] forces) throws SQLException {
        String sql = target.outcomes()
                ? "select count(*) from " + target.partition() + " where force_key <> all(?)"
                : "select coalesce(sum(crimes), 0) from crimedata_ward_tally where force_key <> all(?) and month = '"
                        + target.month().atDay(1) + "'";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
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

    /**
     * Writes a cell's text. Most columns repeat from row to row (the force, the crime type, the outcome, the LSOA of
     * rows in a street), so each column's last bytes are kept and written again when the text is the same.
     */
    private void cell(int column, String value) throws IOException {
        if (!value.equals(lastText[column])) {
            lastText[column] = value;
            lastBytes[column] = value.getBytes(StandardCharsets.UTF_8);
        }
        out.writeInt(lastBytes[column].length);
        out.write(lastBytes[column]);
    }

    /** Writes a text field: its length and its UTF-8 bytes. */
    private void text(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /**
     * The COPY's bytes gathered in one buffer and handed on 64 KB at a time: a row's dozen fields are some forty small
     * writes, which through a buffered stream would each take its lock.
     */
    private static final class CopyBuffer {

        private final PGCopyOutputStream copy;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

        CopyBuffer(PGCopyOutputStream copy) {
            this.copy = copy;
        }

        private void room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                flush();
            }
        }

        private void flush() throws IOException {
            copy.write(buffer.array(), 0, buffer.position());
            buffer.clear();
        }

        void writeShort(int value) throws IOException {
            room(2);
            buffer.putShort((short) value);
        }

        void writeInt(int value) throws IOException {
            room(4);
            buffer.putInt(value);
        }

        void writeLong(long value) throws IOException {
            room(8);
            buffer.putLong(value);
        }

        void writeDouble(double value) throws IOException {
            room(8);
            buffer.putDouble(value);
        }

        void write(byte[] bytes) throws IOException {
            if (bytes.length > buffer.capacity()) {
                flush();
                copy.write(bytes);
                return;
            }
            room(bytes.length);
            buffer.put(bytes);
        }

        /** Hands on what is left and ends the COPY. */
        void close() throws IOException {
            flush();
            copy.close();
        }
    }
}
