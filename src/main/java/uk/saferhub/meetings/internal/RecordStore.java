package uk.saferhub.meetings.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.meetings.Decision;

/** What is recorded at meetings, in SQL: agenda items, papers, attendance, decisions, actions and their updates. */
@Repository
public class RecordStore {

    private final JdbcClient jdbc;

    RecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- agenda ----------------------------------------------------------------------------------------------------

    public List<AgendaItem> agenda(UUID meeting) {
        return jdbc.sql("select * from meeting_agenda_item where meeting_id = ? order by number").param(meeting)
                .query(RecordStore::item).list();
    }

    public Optional<AgendaItem> item(UUID id) {
        return jdbc.sql("select * from meeting_agenda_item where id = ?").param(id).query(RecordStore::item)
                .optional();
    }

    public void saveItem(AgendaItem item) {
        jdbc.sql("""
                insert into meeting_agenda_item (id, meeting_id, number, title, presenter_person_id, presenter_text,
                    exempt, exempt_reason, linked_record_type, linked_record_id, linked_record_label, minutes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set number = excluded.number, title = excluded.title,
                    presenter_person_id = excluded.presenter_person_id, presenter_text = excluded.presenter_text,
                    exempt = excluded.exempt, exempt_reason = excluded.exempt_reason,
                    linked_record_type = excluded.linked_record_type, linked_record_id = excluded.linked_record_id,
                    linked_record_label = excluded.linked_record_label, minutes = excluded.minutes""")
                .params(item.id(), item.meetingId(), item.number(), item.title(), item.presenterPersonId(),
                        item.presenterText(), item.exempt(), item.exemptReason(), item.linkedRecordType(),
                        item.linkedRecordId(), item.linkedRecordLabel(), item.minutes())
                .update();
    }

    public int nextItemNumber(UUID meeting) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from meeting_agenda_item where meeting_id = ?")
                .param(meeting).query(Integer.class).single();
    }

    static AgendaItem item(ResultSet rs, int row) throws SQLException {
        return new AgendaItem(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getInt("number"), rs.getString("title"), rs.getObject("presenter_person_id", UUID.class),
                rs.getString("presenter_text"), rs.getBoolean("exempt"), rs.getString("exempt_reason"),
                rs.getString("linked_record_type"), rs.getString("linked_record_id"),
                rs.getString("linked_record_label"), rs.getString("minutes"));
    }

    // --- papers ----------------------------------------------------------------------------------------------------

    public List<Paper> papers(UUID meeting) {
        return jdbc.sql("select * from meeting_paper where meeting_id = ? order by added_at").param(meeting)
                .query((rs, row) -> new Paper(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                        rs.getObject("agenda_item_id", UUID.class), rs.getString("title"), rs.getString("link"),
                        rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    public void addPaper(Paper paper) {
        jdbc.sql("insert into meeting_paper (id, meeting_id, agenda_item_id, title, link, added_at) values (?, ?, ?, ?, ?, ?)")
                .params(paper.id(), paper.meetingId(), paper.agendaItemId(), paper.title(), paper.link(),
                        Timestamp.from(paper.addedAt()))
                .update();
    }

    public boolean removePaper(UUID meeting, UUID paper) {
        return jdbc.sql("delete from meeting_paper where meeting_id = ? and id = ?").params(meeting, paper)
                .update() == 1;
    }

    // --- attendance ------------------------------------------------------------------------------------------------

    public List<Attendance> attendance(UUID meeting) {
        return jdbc.sql("select * from meeting_attendance where meeting_id = ?").param(meeting)
                .query(RecordStore::attendance).list();
    }

    /** Attendance at the body's meetings that were not cancelled. */
    public List<Attendance> attendanceOfBody(UUID body) {
        return jdbc.sql("""
                select a.* from meeting_attendance a join meeting m on m.id = a.meeting_id
                where m.body_id = ? and m.status <> 'CANCELLED'""")
                .param(body).query(RecordStore::attendance).list();
    }

    public void replaceAttendance(UUID meeting, List<Attendance> attendance) {
        jdbc.sql("delete from meeting_attendance where meeting_id = ?").param(meeting).update();
        for (Attendance one : attendance) {
            jdbc.sql("""
                    insert into meeting_attendance (meeting_id, person_id, status, substitute_for_person_id)
                    values (?, ?, ?, ?)""")
                    .params(meeting, one.personId(), one.status().name(), one.substituteForPersonId()).update();
        }
    }

    static Attendance attendance(ResultSet rs, int row) throws SQLException {
        return new Attendance(rs.getObject("meeting_id", UUID.class), rs.getObject("person_id", UUID.class),
                AttendanceStatus.valueOf(rs.getString("status")),
                rs.getObject("substitute_for_person_id", UUID.class));
    }

    // --- decisions -------------------------------------------------------------------------------------------------

    public List<Decision> decisions(UUID meeting) {
        return jdbc.sql("select * from meeting_decision where meeting_id = ? order by number").param(meeting)
                .query((rs, row) -> new Decision(rs.getObject("id", UUID.class),
                        rs.getObject("meeting_id", UUID.class), rs.getObject("agenda_item_id", UUID.class),
                        rs.getInt("number"), rs.getString("text"), rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    public void addDecision(Decision decision) {
        jdbc.sql("""
                insert into meeting_decision (id, meeting_id, agenda_item_id, number, text, decided_at)
                values (?, ?, ?, (select coalesce(max(number), 0) + 1 from meeting_decision where meeting_id = ?), ?, ?)""")
                .params(decision.id(), decision.meetingId(), decision.agendaItemId(), decision.meetingId(),
                        decision.text(), Timestamp.from(decision.decidedAt()))
                .update();
    }

    // --- actions ---------------------------------------------------------------------------------------------------

    public List<MeetingAction> actionsOf(UUID meeting) {
        return jdbc.sql("select * from meeting_action where meeting_id = ? order by number").param(meeting)
                .query(RecordStore::action).list();
    }

    public Optional<MeetingAction> action(UUID id) {
        return jdbc.sql("select * from meeting_action where id = ?").param(id).query(RecordStore::action).optional();
    }

    /** Actions of meetings of the given bodies, open ones first by due date. */
    public List<MeetingAction> actionsOfBodies(List<UUID> bodies) {
        if (bodies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select a.* from meeting_action a join meeting m on m.id = a.meeting_id
                where m.body_id in (:bodies)
                order by case when a.status in ('DONE', 'DROPPED') then 1 else 0 end, a.due_date, a.number""")
                .param("bodies", bodies).query(RecordStore::action).list();
    }

    public MeetingAction addAction(MeetingAction action) {
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from meeting_action where meeting_id = ?")
                .param(action.meetingId()).query(Integer.class).single();
        MeetingAction numbered = new MeetingAction(action.id(), action.meetingId(), action.agendaItemId(), number,
                action.description(), action.ownerPersonId(), action.ownerOrganisationId(), action.dueDate(),
                action.status(), action.closedOn(), action.createdAt(), action.updatedAt());
        jdbc.sql("""
                insert into meeting_action (id, meeting_id, agenda_item_id, number, description, owner_person_id,
                    owner_organisation_id, due_date, status, closed_on, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(numbered.id(), numbered.meetingId(), numbered.agendaItemId(), number,
                        numbered.description(), numbered.ownerPersonId(), numbered.ownerOrganisationId(),
                        Date.valueOf(numbered.dueDate()), numbered.status().name(), date(numbered.closedOn()),
                        Timestamp.from(numbered.createdAt()), Timestamp.from(numbered.updatedAt()))
                .update();
        return numbered;
    }

    public void updateAction(MeetingAction action) {
        jdbc.sql("""
                update meeting_action set description = ?, owner_person_id = ?, owner_organisation_id = ?,
                    due_date = ?, status = ?, closed_on = ?, updated_at = ? where id = ?""")
                .params(action.description(), action.ownerPersonId(), action.ownerOrganisationId(),
                        Date.valueOf(action.dueDate()), action.status().name(), date(action.closedOn()),
                        Timestamp.from(action.updatedAt()), action.id())
                .update();
    }

    public List<ActionUpdate> updates(UUID action) {
        return jdbc.sql("select * from meeting_action_update where action_id = ? order by written_at").param(action)
                .query((rs, row) -> new ActionUpdate(rs.getObject("id", UUID.class),
                        rs.getObject("action_id", UUID.class), rs.getTimestamp("written_at").toInstant(),
                        rs.getString("author"), ActionStatus.valueOf(rs.getString("status")), rs.getString("note")))
                .list();
    }

    public void addUpdate(ActionUpdate update) {
        jdbc.sql("""
                insert into meeting_action_update (id, action_id, written_at, author, status, note)
                values (?, ?, ?, ?, ?, ?)""")
                .params(update.id(), update.actionId(), Timestamp.from(update.writtenAt()), update.author(),
                        update.status().name(), update.note())
                .update();
    }

    static MeetingAction action(ResultSet rs, int row) throws SQLException {
        return new MeetingAction(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getObject("agenda_item_id", UUID.class), rs.getInt("number"), rs.getString("description"),
                rs.getObject("owner_person_id", UUID.class), rs.getObject("owner_organisation_id", UUID.class),
                rs.getDate("due_date").toLocalDate(), ActionStatus.valueOf(rs.getString("status")),
                rs.getDate("closed_on") == null ? null : rs.getDate("closed_on").toLocalDate(),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
