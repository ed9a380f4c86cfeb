package uk.saferhub.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingStatus;
import uk.saferhub.partnership.BodyId;

/** Meetings in SQL; times are stored as instants and read back in Europe/London. */
@Repository
public class MeetingStore {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Meeting> find(UUID id) {
        return jdbc.sql("select * from meeting where id = ?").param(id).query(MeetingStore::meeting).optional();
    }

    /** A body's meetings starting in [from, to), by start. */
    public List<Meeting> ofBody(BodyId body, Instant from, Instant to) {
        return jdbc.sql("select * from meeting where body_id = ? and starts_at >= ? and starts_at < ? order by starts_at")
                .params(body.value(), Timestamp.from(from), Timestamp.from(to)).query(MeetingStore::meeting).list();
    }

    /** The years (London time) in which a body's meetings started before {@code before}, latest first. */
    public List<Integer> yearsOf(BodyId body, Instant before) {
        return jdbc.sql("""
                select distinct extract(year from starts_at at time zone 'Europe/London')::int as year from meeting
                where body_id = ? and starts_at < ? order by year desc""")
                .params(body.value(), Timestamp.from(before)).query(Integer.class).list();
    }

    /** Meetings of the given bodies starting in [from, to), by start. */
    public List<Meeting> ofBodies(Collection<UUID> bodies, Instant from, Instant to, int limit) {
        if (bodies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from meeting where body_id in (:bodies) and starts_at >= :from and starts_at < :to
                order by starts_at limit :limit""")
                .param("bodies", bodies).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("limit", limit).query(MeetingStore::meeting).list();
    }

    public void insert(Meeting meeting, Instant now) {
        jdbc.sql("""
                insert into meeting (id, body_id, title, purpose, window_text, starts_at, ends_at, location, status,
                    from_cadence, cancel_reason, moved_from, move_reason, sequence, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(meeting.id(), meeting.bodyId().value(), meeting.title(), meeting.purpose(),
                        meeting.windowText(), timestamp(meeting.start()), timestamp(meeting.end()),
                        meeting.location(), meeting.status().name(), meeting.fromCadence(), meeting.cancelReason(),
                        timestamp(meeting.movedFrom()), meeting.moveReason(), meeting.sequence(),
                        Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    public void update(Meeting meeting, Instant now) {
        jdbc.sql("""
                update meeting set title = ?, purpose = ?, window_text = ?, starts_at = ?, ends_at = ?, location = ?,
                    status = ?, cancel_reason = ?, moved_from = ?, move_reason = ?, sequence = ?, updated_at = ?
                where id = ?""")
                .params(meeting.title(), meeting.purpose(), meeting.windowText(), timestamp(meeting.start()),
                        timestamp(meeting.end()), meeting.location(), meeting.status().name(),
                        meeting.cancelReason(), timestamp(meeting.movedFrom()), meeting.moveReason(),
                        meeting.sequence(), Timestamp.from(now), meeting.id())
                .update();
    }

    public void delete(UUID id) {
        jdbc.sql("delete from meeting where id = ?").param(id).update();
    }

    /** Whether anything has been recorded against the meeting: agenda, papers, attendance, decisions or actions. */
    public boolean hasRecord(UUID id) {
        return jdbc.sql("""
                select exists (select 1 from meeting_agenda_item where meeting_id = :id)
                    or exists (select 1 from meeting_paper where meeting_id = :id)
                    or exists (select 1 from meeting_attendance where meeting_id = :id)
                    or exists (select 1 from meeting_decision where meeting_id = :id)
                    or exists (select 1 from meeting_action where meeting_id = :id)""")
                .param("id", id).query(Boolean.class).single();
    }

    /** Serialises schedule changes of one body across application instances, until the transaction ends. */
    public void lockSchedule(BodyId body) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('meetings:' || ?))").param(body.value().toString())
                .query(Object.class).list();
    }

    static Meeting meeting(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getObject("id", UUID.class), BodyId.of(rs.getObject("body_id", UUID.class)),
                rs.getString("title"), rs.getString("purpose"), rs.getString("window_text"),
                zoned(rs.getTimestamp("starts_at")), zoned(rs.getTimestamp("ends_at")), rs.getString("location"),
                MeetingStatus.valueOf(rs.getString("status")), rs.getBoolean("from_cadence"),
                rs.getString("cancel_reason"), zoned(rs.getTimestamp("moved_from")), rs.getString("move_reason"),
                rs.getInt("sequence"), rs.getTimestamp("updated_at").toInstant());
    }

    static ZonedDateTime zoned(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atZone(LONDON);
    }

    static Timestamp timestamp(ZonedDateTime time) {
        return time == null ? null : Timestamp.from(time.toInstant());
    }
}
