package uk.saferhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.directory.Directory;
import uk.saferhub.meetings.internal.AgendaItemDetails;
import uk.saferhub.meetings.internal.Attendance;
import uk.saferhub.meetings.internal.AttendanceRecord;
import uk.saferhub.meetings.internal.AttendanceStatus;
import uk.saferhub.meetings.internal.Cadence;
import uk.saferhub.meetings.internal.CadenceMonth;
import uk.saferhub.meetings.internal.CadenceRefused;
import uk.saferhub.meetings.internal.MeetingsChangeRefused;
import uk.saferhub.meetings.internal.ScheduleChange;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyDetails;
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.partnership.Tier;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.RefusalWords;
import uk.saferhub.support.SaferHubTest;

/**
 * The schedule's rules against the real database: twelve months generated from a cadence, a changed cadence touching
 * only coming meetings that were not held, and the refusals for moving, cancelling and holding meetings.
 */
@SaferHubTest
class MeetingScheduleRulesTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MeetingScheduler scheduler;
    @Autowired
    MeetingRecorder recorder;
    @Autowired
    PartnershipEditor editor;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Meetings meetings;
    @Autowired
    uk.saferhub.identity.Identity identity;

    @Test
    void aSixWeeklyCadenceSchedulesTheNextTwelveMonthsAtTenOClockLondonTimeWhateverTheClocks() {
        Body body = freshBody();
        LocalDate anchor = today().plusDays(3);
        ScheduleChange change = scheduler.setCadence(null, body.id(),
                Cadence.everyWeeks(6, anchor, LocalTime.of(10, 0), 120, "Civic Hall"));

        List<Meeting> meetings = coming(body);
        assertThat(change.added()).isEqualTo(meetings.size()).isBetween(9, 10);
        assertThat(meetings).allSatisfy(meeting -> {
            assertThat(meeting.start().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            assertThat(meeting.start().getZone()).isEqualTo(LONDON);
            assertThat(Duration.between(meeting.start(), meeting.end())).isEqualTo(Duration.ofHours(2));
            assertThat(ChronoUnit.DAYS.between(anchor, meeting.start().toLocalDate()) % 42).isZero();
        });
        // Across a year both offsets occur: 10:00 GMT is 10:00Z, 10:00 BST is 09:00Z.
        assertThat(meetings.stream().map(m -> m.start().toInstant().atOffset(ZoneOffset.UTC).getHour()).distinct())
                .containsExactlyInAnyOrder(9, 10);
        assertThat(meetings.getLast().start().toLocalDate()).isBefore(today().plusWeeks(53).plusDays(1));
    }

    @Test
    void settingTheSameCadenceAgainAddsNothingAndToppingUpIsIdempotent() {
        Body body = freshBody();
        Cadence cadence = Cadence.everyWeeks(6, today().plusDays(1), LocalTime.of(14, 0), 90, null);
        scheduler.setCadence(null, body.id(), cadence);
        int before = coming(body).size();

        ScheduleChange again = scheduler.setCadence(null, body.id(), cadence);
        scheduler.topUpAll();

        assertThat(again.added()).isZero();
        assertThat(again.kept()).isEqualTo(before);
        assertThat(coming(body)).hasSize(before);
    }

    @Test
    void changingTheCadenceKeepsHeldMeetingsAndWhatWasRecordedAndRemovesOnlyEmptyComingMeetings() {
        Body body = freshBody();
        Meeting held = scheduler.schedule(null, body.id(), new NewMeeting(null, "Last cycle",
                LocalDateTime.now(LONDON).minusWeeks(3).withHour(10).truncatedTo(ChronoUnit.HOURS), null, null));
        recorder.saveItem(null, held.id(), null, new AgendaItemDetails(null, "Review of the matrix", null,
                "Area coordinator", false, null, "Priorities reviewed; two closed."));
        scheduler.markHeld(null, held.id());

        scheduler.setCadence(null, body.id(), Cadence.everyWeeks(6, today().plusDays(2), LocalTime.of(10, 0), 120,
                null));
        List<Meeting> first = coming(body);
        Meeting withAgenda = first.get(0);
        Meeting sameDateLater = first.get(2);
        recorder.saveItem(null, withAgenda.id(), null, new AgendaItemDetails(null, "Anti-social behaviour in the "
                + "town centre", null, null, false, null, null));

        // Every four weeks from the same anchor: the meeting 12 weeks on (the third) still falls on a cadence date.
        ScheduleChange change = scheduler.setCadence(null, body.id(), Cadence.everyWeeks(4, today().plusDays(2),
                LocalTime.of(13, 30), 120, "Committee room 2"));

        Meeting heldAfter = meeting(held.id());
        assertThat(heldAfter.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(heldAfter.start()).isEqualTo(held.start());
        assertThat(agendaTitles(held.id())).containsExactly("Review of the matrix");

        Meeting keptFirst = meeting(withAgenda.id());
        assertThat(keptFirst.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(keptFirst.start().toLocalTime()).isEqualTo(LocalTime.of(13, 30));
        assertThat(keptFirst.sequence()).isEqualTo(1);
        assertThat(agendaTitles(withAgenda.id())).containsExactly("Anti-social behaviour in the town centre");

        assertThat(meeting(sameDateLater.id()).location()).isEqualTo("Committee room 2");
        Meeting second = first.get(1);
        assertThat(jdbc.sql("select count(*) from meeting where id = ?").param(second.id()).query(Long.class)
                .single()).as("a six-weekly date the four-weekly cadence skips, with nothing recorded, is removed")
                .isZero();
        assertThat(change.removed()).isPositive();
        assertThat(change.cancelled()).isZero();
        assertThat(coming(body)).allSatisfy(m ->
                assertThat(ChronoUnit.DAYS.between(today().plusDays(2), m.start().toLocalDate()) % 28).isZero());
    }

    @Test
    void aComingMeetingWithARecordThatTheNewCadenceDropsIsCancelledNotDeleted() {
        Body body = freshBody();
        scheduler.setCadence(null, body.id(), Cadence.everyWeeks(6, today().plusDays(5), LocalTime.of(10, 0), 120,
                null));
        Meeting second = coming(body).get(1);
        recorder.recordDecision(null, second.id(), null, "Agreed in advance to receive the annual strategic "
                + "assessment");

        ScheduleChange change = scheduler.setCadence(null, body.id(), Cadence.inMonths(List.of(
                new CadenceMonth(Month.SEPTEMBER, 2, DayOfWeek.TUESDAY, "Set strategic goals"),
                new CadenceMonth(Month.MARCH, 2, DayOfWeek.TUESDAY, "Review progress")), LocalTime.of(14, 0), 120,
                null));

        Meeting after = meeting(second.id());
        assertThat(after.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(after.cancelReason()).startsWith("No longer in the cadence");
        assertThat(after.sequence()).isEqualTo(second.sequence() + 1);
        assertThat(change.cancelled()).isEqualTo(1);
        assertThat(coming(body).stream().filter(m -> !m.cancelled()))
                .extracting(Meeting::purpose).containsExactlyInAnyOrder("Set strategic goals", "Review progress");
    }

    @Test
    void aCadenceWithNoMeetingInAYearIsRefusedAndChangesNothing() {
        Body body = freshBody();
        scheduler.setCadence(null, body.id(), Cadence.everyWeeks(6, today().plusDays(1), LocalTime.of(10, 0), 60,
                null));
        List<Meeting> before = coming(body);

        assertThatThrownBy(() -> scheduler.setCadence(null, body.id(), Cadence.everyWeeks(60, today().plusDays(1),
                LocalTime.of(10, 0), 60, null)))
                .isInstanceOf(CadenceRefused.class)
                .extracting(RefusalWords::of, STRING).contains("52 weeks or fewer");

        assertThat(coming(body)).isEqualTo(before);
    }

    @Test
    void aHeldMeetingCannotBeMovedOrCancelledAndNoMeetingMovesIntoThePast() {
        Body body = freshBody();
        Meeting past = scheduler.schedule(null, body.id(), new NewMeeting("Extraordinary meeting", null,
                LocalDateTime.now(LONDON).minusDays(2).withHour(18).truncatedTo(ChronoUnit.HOURS), null, "Town hall"));
        scheduler.markHeld(null, past.id());

        assertThatThrownBy(() -> scheduler.move(null, past.id(), LocalDateTime.now(LONDON).minusDays(9), null, null,
                "Recorded on the wrong day")).isInstanceOf(MeetingsChangeRefused.class)
                .extracting(RefusalWords::of, STRING).contains("held meeting cannot be moved");
        assertThatThrownBy(() -> scheduler.cancel(null, past.id(), "No longer needed"))
                .isInstanceOf(MeetingsChangeRefused.class);

        Meeting coming = scheduler.schedule(null, body.id(), new NewMeeting(null, null,
                LocalDateTime.now(LONDON).plusDays(10).withHour(10).truncatedTo(ChronoUnit.HOURS), null, null));
        assertThatThrownBy(() -> scheduler.move(null, coming.id(), LocalDateTime.now(LONDON).minusDays(1), null,
                null, "Chair unavailable")).isInstanceOf(MeetingsChangeRefused.class)
                .extracting(RefusalWords::of, STRING).contains("future");
        assertThatThrownBy(() -> scheduler.move(null, coming.id(), LocalDateTime.now(LONDON).plusDays(12), null,
                null, " ")).isInstanceOf(MeetingsChangeRefused.class)
                .extracting(RefusalWords::of, STRING).contains("reason");
        assertThatThrownBy(() -> scheduler.markHeld(null, coming.id())).isInstanceOf(MeetingsChangeRefused.class)
                .extracting(RefusalWords::of, STRING).contains("once it has started");
        assertThat(meeting(coming.id()).start()).isEqualTo(coming.start());
        assertThat(meeting(coming.id()).status()).isEqualTo(MeetingStatus.SCHEDULED);

        Meeting moved = scheduler.move(null, coming.id(), LocalDateTime.now(LONDON).plusDays(12).withHour(14)
                .truncatedTo(ChronoUnit.HOURS), null, null, "Chair unavailable");
        assertThat(moved.movedFrom()).isEqualTo(coming.start());
        assertThat(moved.sequence()).isEqualTo(1);
        assertThat(Duration.between(moved.start(), moved.end())).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aMovedCadenceMeetingIsNotScheduledAgainOnItsOldDate() {
        Body body = freshBody();
        scheduler.setCadence(null, body.id(), Cadence.everyWeeks(6, today().plusDays(4), LocalTime.of(10, 0), 120,
                null));
        int count = coming(body).size();
        Meeting first = coming(body).getFirst();
        scheduler.move(null, first.id(), first.start().toLocalDateTime().plusDays(1), null, null,
                "Clashes with the Area Committee");

        scheduler.topUpAll();

        assertThat(coming(body)).hasSize(count);
    }

    @Test
    void attendanceStatisticsLeaveOutCancelledMeetings() {
        Body body = freshBody();
        UUID person = directory.allPeopleUncheckedForDemoLoaders().stream().filter(p -> p.name().equals("Katie Rowan")).findFirst()
                .orElseThrow().id();
        Meeting held = scheduler.schedule(null, body.id(), new NewMeeting(null, null,
                LocalDateTime.now(LONDON).minusDays(20).withHour(10).truncatedTo(ChronoUnit.HOURS), null, null));
        Meeting cancelled = scheduler.schedule(null, body.id(), new NewMeeting(null, null,
                LocalDateTime.now(LONDON).plusDays(20).withHour(10).truncatedTo(ChronoUnit.HOURS), null, null));
        recorder.recordAttendance(null, held.id(), List.of(new Attendance(held.id(), person,
                AttendanceStatus.PRESENT, null)));
        recorder.recordAttendance(null, cancelled.id(), List.of(new Attendance(cancelled.id(), person,
                AttendanceStatus.APOLOGIES, null)));
        scheduler.cancel(null, cancelled.id(), "Not quorate");

        UUID coordinator = jdbc.sql("select id from user_account where username = 'mstenton'").query(UUID.class)
                .single();
        var stats = meetings.attendanceStatistics(identity.actorOf(coordinator).orElseThrow(), body.id());
        assertThat(stats).containsExactly(new AttendanceRecord(person, 1, 0, 0, 0));
    }

    private Body freshBody() {
        UUID owner = directory.organisationNamed("Safer Leeds").orElseThrow().id();
        return editor.createBody(null, new BodyDetails("Schedule test group " + UUID.randomUUID().toString()
                .substring(0, 8), BodyType.TASKING_GROUP, Tier.LOCALITY, "East North East", false, null, null, owner,
                HandlingLevel.PARTNERSHIP, List.of()));
    }

    private List<Meeting> coming(Body body) {
        return jdbc.sql("select * from meeting where body_id = ? and starts_at > now() order by starts_at")
                .param(body.id().value()).query((rs, row) -> meetingOf(rs)).list();
    }

    private Meeting meeting(UUID id) {
        return jdbc.sql("select * from meeting where id = ?").param(id).query((rs, row) -> meetingOf(rs)).single();
    }

    private List<String> agendaTitles(UUID meeting) {
        return jdbc.sql("select title from meeting_agenda_item where meeting_id = ? order by number").param(meeting)
                .query(String.class).list();
    }

    private static Meeting meetingOf(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Meeting(rs.getObject("id", UUID.class),
                uk.saferhub.partnership.BodyId.of(rs.getObject("body_id", UUID.class)), rs.getString("title"),
                rs.getString("purpose"), rs.getString("window_text"), zoned(rs.getTimestamp("starts_at")),
                zoned(rs.getTimestamp("ends_at")), rs.getString("location"),
                MeetingStatus.valueOf(rs.getString("status")), rs.getBoolean("from_cadence"),
                rs.getString("cancel_reason"), zoned(rs.getTimestamp("moved_from")), rs.getString("move_reason"),
                rs.getInt("sequence"), rs.getTimestamp("updated_at").toInstant());
    }

    private static java.time.ZonedDateTime zoned(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atZone(LONDON);
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(Instant.now(), LONDON);
    }
}
