package uk.saferhub.crimedata.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The rows of one import on their way in: COPYed (PgJDBC's CopyManager) into a temporary table of the import's own
 * connection and transaction, which is dropped at its end whatever happens. Rows are written as they are read, so
 * memory stays the same whatever the file's size.
 */
final class CrimeStaging implements AutoCloseable {

    static final String COLUMNS = "force_key, month, crime_id, reported_by, falls_within, longitude, latitude, "
            + "location, lsoa_code, lsoa_name, crime_type, last_outcome, context, ward_id";

    private final PGCopyOutputStream copy;
    private final Writer out;
    private long rows;
    private long rowsInWards;

    CrimeStaging(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table crimedata_staging (like crimedata_street including defaults) "
                    + "on commit drop");
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        copy = new PGCopyOutputStream(pg, "copy crimedata_staging (" + COLUMNS + ") from stdin with (format csv)",
                1 << 16);
        out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
    }

    void write(StreetRow row) throws IOException {
        out.write(quoted(row.force));
        out.write(',');
        out.write(row.month.toString());
        for (int i = 0; i < row.cells.length; i++) {
            if (i == StreetColumns.MONTH) {
                continue;
            }
            out.write(',');
            if (i == StreetColumns.LONGITUDE || i == StreetColumns.LATITUDE) {
                double value = i == StreetColumns.LONGITUDE ? row.longitude : row.latitude;
                if (!Double.isNaN(value)) {
                    out.write(Double.toString(value));
                }
            } else if (!row.cells[i].isEmpty()) {
                out.write(quoted(row.cells[i]));
            }
        }
        out.write(',');
        if (row.ward != null) {
            out.write(row.ward.toString());
            rowsInWards++;
        }
        out.write('\n');
        rows++;
    }

    long rows() {
        return rows;
    }

    long rowsInWards() {
        return rowsInWards;
    }

    /** Ends the COPY: the rows are in the staging table. */
    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Abandons the COPY after a failure, so the transaction can be rolled back. */
    void abort() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException alreadyGone) {
            // the connection is lost or the copy already ended: the rollback follows either way
        }
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
