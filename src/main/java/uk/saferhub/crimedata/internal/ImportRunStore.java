package uk.saferhub.crimedata.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.saferhub.crimedata.ForceMonthCount;
import uk.saferhub.crimedata.ImportRun;
import uk.saferhub.crimedata.RejectedRow;

/** Reads import runs for their pages: the list, one run, the force-months it replaced and its rejected rows. */
@Component
public class ImportRunStore {

    private static final String COLUMNS = "id, file, started_at, finished_at, status, rows_read, rows_loaded, "
            + "rows_rejected, bytes_total, bytes_read, message, started_by";

    private final JdbcClient jdbc;

    ImportRunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ImportRun> runs(int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from crimedata_import_run order by started_at desc, id limit ? "
                + "offset ?").params(limit, offset).query((rs, i) -> run(rs)).list();
    }

    /** Marks a run that never started refused, with why. */
    public void refuse(UUID run, String message) {
        jdbc.sql("update crimedata_import_run set status = 'refused', finished_at = now(), updated_at = now(), "
                + "message = ? where id = ?").params(message, run).update();
    }

    public long count() {
        return jdbc.sql("select count(*) from crimedata_import_run").query(Long.class).single();
    }

    public Optional<ImportRun> run(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from crimedata_import_run where id = ?").param(id)
                .query((rs, i) -> run(rs)).optional();
    }

    public List<ForceMonthCount> parts(UUID run) {
        return jdbc.sql("select force_key, month, rows_loaded, outcomes from crimedata_import_part where run_id = ? "
                + "order by outcomes, force_key, month").param(run)
                .query((rs, i) -> new ForceMonthCount(rs.getString(1),
                        java.time.YearMonth.from(rs.getDate(2).toLocalDate()), rs.getLong(3), rs.getBoolean(4)))
                .list();
    }

    public List<RejectedRow> rejections(UUID run, int offset, int limit) {
        return jdbc.sql("select entry, line_number, reason_key, reason from crimedata_rejected_row where run_id = ? "
                + "order by entry, line_number limit ? offset ?").params(run, limit, offset)
                .query((rs, i) -> new RejectedRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public long rejectionCount(UUID run) {
        return jdbc.sql("select count(*) from crimedata_rejected_row where run_id = ?").param(run).query(Long.class)
                .single();
    }

    private static ImportRun run(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        Long total = rs.getObject("bytes_total", Long.class);
        return new ImportRun(rs.getObject("id", UUID.class), rs.getString("file"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getString("status"), rs.getLong("rows_read"), rs.getLong("rows_loaded"),
                rs.getLong("rows_rejected"), total, rs.getLong("bytes_read"),
                rs.getString("message"), rs.getObject("started_by", UUID.class));
    }
}
