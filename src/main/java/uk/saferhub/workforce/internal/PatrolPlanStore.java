package uk.saferhub.workforce.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shift patterns, patrol plans and their visits in SQL. */
@Repository
public class PatrolPlanStore {

    private final JdbcClient jdbc;

    PatrolPlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PatrolShift> shiftsOf(Collection<UUID> pcsoIds) {
        if (pcsoIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, pcso_id, weekday, starts, ends from workforce_shift where pcso_id = any(?) "
                + "order by weekday, starts, pcso_id").param(pcsoIds.toArray(UUID[]::new))
                .query((rs, i) -> new PatrolShift(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        DayOfWeek.of(rs.getInt(3)), rs.getTime(4).toLocalTime(), rs.getTime(5).toLocalTime()))
                .list();
    }

    public void insertShift(PatrolShift shift, Instant now) {
        jdbc.sql("insert into workforce_shift (id, pcso_id, weekday, starts, ends, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(shift.id(), shift.pcsoId(), shift.day().getValue(), Time.valueOf(shift.starts()),
                        Time.valueOf(shift.ends()), Timestamp.from(now)).update();
    }

    public int deleteShift(UUID pcsoId, UUID shiftId) {
        return jdbc.sql("delete from workforce_shift where id = ? and pcso_id = ?").params(shiftId, pcsoId).update();
    }

    public void insert(PatrolPlan plan, UUID createdBy) {
        jdbc.sql("""
                insert into workforce_patrol_plan (id, area_id, area_name, week_start, force_id, months_from,
                    months_to, share_percent, worth, created_by, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(plan.id(), plan.areaId(), plan.areaName(), Date.valueOf(plan.weekStart()), plan.forceId(),
                        Date.valueOf(plan.from().atDay(1)), Date.valueOf(plan.to().atDay(1)), plan.sharePercent(),
                        plan.worth(), createdBy, Timestamp.from(plan.createdAt()), Timestamp.from(plan.createdAt()))
                .update();
        plan.visits().forEach(this::insert);
    }

    public void insert(PatrolVisit visit) {
        jdbc.sql("""
                insert into workforce_patrol_visit (id, plan_id, pcso_id, visit_day, starts, minutes, location,
                    latitude, longitude, ward_id, crimes, harm, reason, adjusted)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(visit.id(), visit.planId(), visit.pcsoId(), Date.valueOf(visit.day()),
                        Time.valueOf(visit.starts()), visit.minutes(), visit.location(), visit.latitude(),
                        visit.longitude(), visit.wardId(), visit.crimes(), visit.harm(), visit.reason(),
                        visit.adjusted())
                .update();
    }

    public int deleteVisit(UUID planId, UUID visitId) {
        return jdbc.sql("delete from workforce_patrol_visit where id = ? and plan_id = ?").params(visitId, planId)
                .update();
    }

    /** Moves the plan to its next version if it is still at {@code version}: false when someone changed it first. */
    public boolean bump(UUID planId, int version, Instant now) {
        return jdbc.sql("update workforce_patrol_plan set version = version + 1, updated_at = ? where id = ? "
                + "and version = ?").params(Timestamp.from(now), planId, version).update() == 1;
    }

    public Optional<PatrolPlan> find(UUID id) {
        return jdbc.sql("select * from workforce_patrol_plan where id = ?").param(id)
                .query((rs, i) -> plan(rs, visits(id))).optional();
    }

    /** Plans of these forces, the latest week first (without their visits). */
    public List<PatrolPlan> ofForces(Collection<UUID> forceIds) {
        if (forceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from workforce_patrol_plan where force_id = any(?) order by week_start desc, "
                + "created_at desc limit 200").param(forceIds.toArray(UUID[]::new))
                .query((rs, i) -> plan(rs, List.of())).list();
    }

    /** A PCSO's visits from the given day on, in order (the latest plan of each week only). */
    public List<PatrolVisit> visitsOf(UUID pcsoId, java.time.LocalDate from) {
        return jdbc.sql("""
                select v.* from workforce_patrol_visit v join workforce_patrol_plan p on p.id = v.plan_id
                where v.pcso_id = ? and v.visit_day >= ?
                  and p.created_at = (select max(q.created_at) from workforce_patrol_plan q
                                      join workforce_patrol_visit w on w.plan_id = q.id
                                      where w.pcso_id = v.pcso_id and q.week_start = p.week_start)
                order by v.visit_day, v.starts""")
                .params(pcsoId, Date.valueOf(from)).query((rs, i) -> visit(rs)).list();
    }

    private List<PatrolVisit> visits(UUID planId) {
        return jdbc.sql("select * from workforce_patrol_visit where plan_id = ? order by visit_day, starts, location")
                .param(planId).query((rs, i) -> visit(rs)).list();
    }

    private static PatrolVisit visit(ResultSet rs) throws SQLException {
        return new PatrolVisit(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getObject("pcso_id", UUID.class), rs.getDate("visit_day").toLocalDate(),
                rs.getTime("starts").toLocalTime(), rs.getInt("minutes"), rs.getString("location"),
                rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getObject("ward_id", UUID.class),
                rs.getLong("crimes"), rs.getDouble("harm"), rs.getString("reason"), rs.getBoolean("adjusted"));
    }

    private static PatrolPlan plan(ResultSet rs, List<PatrolVisit> visits) throws SQLException {
        return new PatrolPlan(rs.getObject("id", UUID.class), rs.getObject("area_id", UUID.class),
                rs.getString("area_name"), rs.getDate("week_start").toLocalDate(), rs.getObject("force_id", UUID.class),
                YearMonth.from(rs.getDate("months_from").toLocalDate()),
                YearMonth.from(rs.getDate("months_to").toLocalDate()), rs.getInt("share_percent"),
                rs.getDouble("worth"), rs.getTimestamp("created_at").toInstant(), rs.getInt("version"), visits);
    }

    static LocalTime time(String text) {
        return LocalTime.parse(text);
    }
}
