package uk.saferhub.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyDetails;
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.partnership.Tier;
import uk.saferhub.shared.access.HandlingLevel;

/** Fresh Leeds bodies with unique names and meetings on them, for the schedule page tests to change freely. */
@Component
class ScheduleTestData {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    @Autowired
    PartnershipEditor editor;

    @Autowired
    Directory directory;

    @Autowired
    MeetingScheduler scheduler;

    @Autowired
    MeetingRecorder recorder;

    @Autowired
    JdbcClient jdbc;

    /** A new locality tasking group hosted by Safer Leeds, so mstenton may change it and herts.coordinator not see it. */
    Body leedsBody(String name) {
        return editor.createBody(null, new BodyDetails(unique(name), BodyType.TASKING_GROUP, Tier.LOCALITY,
                "East North East Leeds", false, null, null,
                directory.organisationNamed("Safer Leeds").orElseThrow().id(), HandlingLevel.PARTNERSHIP,
                List.of()));
    }

    /** A two-hour meeting added by hand {@code days} from today (negative: in the past) at {@code hour}:00. */
    Meeting meeting(Body body, int days, int hour) {
        LocalDateTime start = today().plusDays(days).atTime(LocalTime.of(hour, 0));
        return scheduler.schedule(null, body.id(), new NewMeeting(null, "Tasking", start, start.plusHours(2),
                "Pathways Centre"));
    }

    /** A meeting a week ago, recorded as held. */
    Meeting heldMeeting(Body body) {
        return scheduler.markHeld(null, meeting(body, -7, 10).id());
    }

    UUID person(String name) {
        return directory.allPeopleUncheckedForDemoLoaders().stream().filter(person -> person.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    String status(UUID meeting) {
        return jdbc.sql("select status from meeting where id = ?").param(meeting).query(String.class).single();
    }

    long meetings(Body body) {
        return jdbc.sql("select count(*) from meeting where body_id = ?").param(body.id().value())
                .query(Long.class).single();
    }

    long cadences(Body body) {
        return jdbc.sql("select count(*) from meeting_cadence where body_id = ?").param(body.id().value())
                .query(Long.class).single();
    }

    /** "Tuesday 6 January 2026, 10:00 to 12:00", as the schedule pages show a meeting's time. */
    static String when(Meeting meeting) {
        return at(meeting) + " to " + TIME.format(meeting.end());
    }

    /** "Tuesday 6 January 2026, 10:00". */
    static String at(Meeting meeting) {
        return DAY.format(meeting.start()) + ", " + TIME.format(meeting.start());
    }

    static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
