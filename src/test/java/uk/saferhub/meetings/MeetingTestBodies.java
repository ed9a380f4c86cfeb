package uk.saferhub.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.shared.calendar.CalendarEvent;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyDetails;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.MembershipDetails;
import uk.saferhub.partnership.MembershipRole;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.partnership.Tier;
import uk.saferhub.shared.access.HandlingLevel;

/**
 * Fresh bodies with unique names and meetings on them for the calendar and API tests (the database is shared), and
 * the demonstration bodies and people by name. Changes are made as the system (null actor), as the demo loader does.
 */
@Component
class MeetingTestBodies {

    final Partnership partnership;
    final PartnershipEditor editor;
    final Directory directory;
    final MeetingScheduler scheduler;
    final MeetingRecorder recorder;
    final JdbcClient jdbc;

    MeetingTestBodies(Partnership partnership, PartnershipEditor editor, Directory directory,
            MeetingScheduler scheduler, MeetingRecorder recorder, JdbcClient jdbc) {
        this.partnership = partnership;
        this.editor = editor;
        this.directory = directory;
        this.scheduler = scheduler;
        this.recorder = recorder;
        this.jdbc = jdbc;
    }

    /** A demonstration body by name. */
    BodyId body(String name) {
        return partnership.bodies().stream().filter(body -> body.name().equals(name)).findFirst().orElseThrow().id();
    }

    UUID organisation(String name) {
        return directory.organisationNamed(name).orElseThrow().id();
    }

    UUID person(String name) {
        return directory.allPeopleUncheckedForDemoLoaders().stream().filter(person -> person.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    /** A new body hosted by the named organisation, shared with its partnership, with a unique name. */
    Body freshBody(String name, String owner) {
        return editor.createBody(null, new BodyDetails(unique(name), BodyType.OTHER, Tier.LOCALITY, "Test area",
                false, null, null, organisation(owner), HandlingLevel.PARTNERSHIP, List.of()));
    }

    void seat(BodyId body, String person, LocalDate from) {
        editor.saveMembership(null, body, null, new MembershipDetails(person(person), null, null,
                MembershipRole.MEMBER, from, null));
    }

    /** A meeting added by hand, {@code daysAhead} from today at 10:00 for two hours (negative: in the past). */
    Meeting meeting(BodyId body, String title, int daysAhead) {
        LocalDateTime start = LocalDate.now(CalendarEvent.LONDON).plusDays(daysAhead).atTime(10, 0);
        return scheduler.schedule(null, body, new NewMeeting(title, null, start, start.plusHours(2), "Civic Hall"));
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
