package uk.saferhub.meetings.internal;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.partnership.BodyId;

/** Each body's cadence rule in SQL. */
@Repository
public class CadenceStore {

    private final JdbcClient jdbc;

    CadenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Cadence> find(BodyId body) {
        List<CadenceMonth> months = jdbc.sql("select * from meeting_cadence_month where body_id = ?")
                .param(body.value())
                .query((rs, row) -> new CadenceMonth(Month.valueOf(rs.getString("month")), rs.getInt("week"),
                        DayOfWeek.valueOf(rs.getString("day")), rs.getString("purpose")))
                .list().stream().sorted((a, b) -> a.month().compareTo(b.month())).toList();
        return jdbc.sql("select * from meeting_cadence where body_id = ?").param(body.value())
                .query((rs, row) -> new Cadence(CadenceKind.valueOf(rs.getString("kind")),
                        (Integer) rs.getObject("interval_weeks"),
                        rs.getDate("anchor_date") == null ? null : rs.getDate("anchor_date").toLocalDate(), months,
                        rs.getString("window_end") == null ? null : Month.valueOf(rs.getString("window_end")),
                        rs.getTime("start_time").toLocalTime(), rs.getInt("duration_minutes"),
                        rs.getString("location")))
                .optional();
    }

    /** The bodies that have a cadence. */
    public List<BodyId> bodies() {
        return jdbc.sql("select body_id from meeting_cadence").query((rs, row) -> BodyId.of(
                rs.getObject("body_id", UUID.class))).list();
    }

    public void save(BodyId body, Cadence cadence, Instant now) {
        jdbc.sql("""
                insert into meeting_cadence (body_id, kind, interval_weeks, anchor_date, window_end, start_time,
                    duration_minutes, location, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (body_id) do update set kind = excluded.kind, interval_weeks = excluded.interval_weeks,
                    anchor_date = excluded.anchor_date, window_end = excluded.window_end,
                    start_time = excluded.start_time, duration_minutes = excluded.duration_minutes,
                    location = excluded.location, updated_at = excluded.updated_at""")
                .params(body.value(), cadence.kind().name(), cadence.intervalWeeks(),
                        cadence.anchor() == null ? null : Date.valueOf(cadence.anchor()),
                        cadence.windowEnd() == null ? null : cadence.windowEnd().name(),
                        Time.valueOf(cadence.startTime()), cadence.durationMinutes(), cadence.location(),
                        Timestamp.from(now))
                .update();
        jdbc.sql("delete from meeting_cadence_month where body_id = ?").param(body.value()).update();
        for (CadenceMonth month : cadence.months() == null ? List.<CadenceMonth>of() : cadence.months()) {
            jdbc.sql("insert into meeting_cadence_month (body_id, month, week, day, purpose) values (?, ?, ?, ?, ?)")
                    .params(body.value(), month.month().name(), month.week(), month.day().name(), month.purpose())
                    .update();
        }
    }

    public boolean remove(BodyId body) {
        return jdbc.sql("delete from meeting_cadence where body_id = ?").param(body.value()).update() == 1;
    }
}
