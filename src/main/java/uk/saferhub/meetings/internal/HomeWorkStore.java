package uk.saferhub.meetings.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.meetings.MeetingStatus;

/**
 * The home page's questions of the meetings tables, each one query with a limit that also counts every row it would
 * have given: a person's open actions, the next meetings of some bodies, and the records under those bodies' meetings
 * (for their recent changes).
 */
@Repository
class HomeWorkStore {

    private final JdbcClient jdbc;

    HomeWorkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An open action as a home page line; {@code total} counts every row of the query. */
    record OwnAction(UUID id, UUID bodyId, int number, String description, LocalDate due, ActionStatus status,
            Instant meetingStart, int total) {
    }

    /** A meeting as a home page line. */
    record NextMeeting(UUID id, UUID bodyId, String title, Instant start, MeetingStatus status, int total) {
    }

    /** A record under a body's meetings as the audit trail names it, and the page that shows it. */
    record Named(String type, String id, String href) {
    }

    /**
     * Open actions owned by the person or their organisation on meetings of the visible bodies, due before
     * {@code dueBefore} (overdue) or on or after {@code dueFrom} (not yet due), soonest first. An action under an
     * exempt agenda item is left out unless the person holds a seat on its body today.
     */
    List<OwnAction> openActions(UUID person, UUID organisation, List<UUID> visibleBodies, List<UUID> seatBodies,
            LocalDate dueFrom, LocalDate dueBefore, int limit) {
        if (visibleBodies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select a.id, m.body_id, a.number, a.description, a.due_date, a.status, m.starts_at,
                       count(*) over () as total
                from meeting_action a
                join meeting m on m.id = a.meeting_id
                left join meeting_agenda_item i on i.id = a.agenda_item_id
                where a.status in ('OPEN', 'IN_PROGRESS')
                  and (a.owner_person_id = :person or a.owner_organisation_id = :organisation)
                  and m.body_id in (:visible)
                  and (i.id is null or not i.exempt or m.body_id in (:seats))
                  and a.due_date >= :from and a.due_date < :before
                order by a.due_date, m.starts_at, a.number
                limit :limit""")
                .param("person", person)
                .param("organisation", organisation)
                .param("visible", visibleBodies)
                .param("seats", seatBodies.isEmpty() ? List.of(new UUID(0, 0)) : seatBodies)
                .param("from", Date.valueOf(dueFrom))
                .param("before", Date.valueOf(dueBefore))
                .param("limit", limit)
                .query((rs, row) -> new OwnAction(rs.getObject("id", UUID.class), rs.getObject("body_id", UUID.class),
                        rs.getInt("number"), rs.getString("description"), rs.getDate("due_date").toLocalDate(),
                        ActionStatus.valueOf(rs.getString("status")), rs.getTimestamp("starts_at").toInstant(),
                        rs.getInt("total")))
                .list();
    }

    /** Meetings of the bodies starting in [from, to), soonest first. */
    List<NextMeeting> meetingsOf(List<UUID> bodies, Instant from, Instant to, int limit) {
        if (bodies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, body_id, title, starts_at, status, count(*) over () as total
                from meeting
                where body_id in (:bodies) and starts_at >= :from and starts_at < :to
                order by starts_at
                limit :limit""")
                .param("bodies", bodies)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("limit", limit)
                .query((rs, row) -> new NextMeeting(rs.getObject("id", UUID.class),
                        rs.getObject("body_id", UUID.class), rs.getString("title"),
                        rs.getTimestamp("starts_at").toInstant(), MeetingStatus.valueOf(rs.getString("status")),
                        rs.getInt("total")))
                .list();
    }

    /**
     * Every record under the bodies' meetings, as the audit trail names them, with the page that shows each: the
     * meetings (and their attendance), agenda items, papers, decisions and actions.
     */
    List<Named> recordsOf(List<UUID> bodies) {
        if (bodies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select 'meeting' as type, m.id as id, m.id as meeting_id from meeting m where m.body_id in (:bodies)
                union all
                select 'meeting-attendance', m.id, m.id from meeting m where m.body_id in (:bodies)
                union all
                select 'meeting-agenda-item', i.id, i.meeting_id
                from meeting_agenda_item i join meeting m on m.id = i.meeting_id where m.body_id in (:bodies)
                union all
                select 'meeting-paper', p.id, p.meeting_id
                from meeting_paper p join meeting m on m.id = p.meeting_id where m.body_id in (:bodies)
                union all
                select 'meeting-decision', d.id, d.meeting_id
                from meeting_decision d join meeting m on m.id = d.meeting_id where m.body_id in (:bodies)
                union all
                select 'meeting-action', a.id, a.meeting_id
                from meeting_action a join meeting m on m.id = a.meeting_id where m.body_id in (:bodies)""")
                .param("bodies", bodies)
                .query((rs, row) -> {
                    String type = rs.getString("type");
                    String id = rs.getObject("id", UUID.class).toString();
                    String href = type.equals("meeting-action") ? "/actions/" + id
                            : "/meetings/" + rs.getObject("meeting_id", UUID.class);
                    return new Named(type, id, href);
                })
                .list();
    }
}
