package uk.saferhub.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.directory.Directory;
import uk.saferhub.meetings.internal.AgendaItem;
import uk.saferhub.meetings.internal.AgendaItemDetails;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyDetails;
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.MembershipDetails;
import uk.saferhub.partnership.MembershipRole;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.partnership.Tier;
import uk.saferhub.shared.access.HandlingLevel;

/** Adds fresh Leeds bodies and meetings with unique names for a test, as the demonstration loader would. */
record RecordTestData(PartnershipEditor editor, MeetingScheduler scheduler, MeetingRecorder recorder,
        Directory directory, JdbcClient jdbc) {

    /** A new body hosted by Safer Leeds (mstenton coordinates it; Leeds partners may see it). */
    Body leedsBody(String name) {
        return editor.createBody(null, new BodyDetails(unique(name), BodyType.TASKING_GROUP, Tier.LOCALITY,
                "East North East Leeds", false, null, null, organisation("Safer Leeds"), HandlingLevel.PARTNERSHIP,
                List.of()));
    }

    /** A meeting of the body on Tuesday 6 January 2026, 10:00 to 12:00 London time (already past). */
    Meeting pastMeeting(Body body) {
        return scheduler.schedule(null, body.id(), new NewMeeting(null, "Review of the tasking cycle",
                LocalDateTime.of(2026, 1, 6, 10, 0), LocalDateTime.of(2026, 1, 6, 12, 0), "Civic Hall, Leeds"));
    }

    /** Gives the person a seat on the body from 2025 on. */
    void seat(Body body, String person) {
        editor.saveMembership(null, body.id(), null, new MembershipDetails(person(person), null, null,
                MembershipRole.MEMBER, LocalDate.of(2025, 1, 1), null));
    }

    AgendaItem item(Meeting meeting, String title, boolean exempt, String minutes) {
        return recorder.saveItem(null, meeting.id(), null, new AgendaItemDetails(null, title, null, "Chair",
                exempt, exempt ? "Schedule 12A paragraph 1: information about an individual" : null, minutes));
    }

    UUID person(String name) {
        return directory.allPeopleUncheckedForDemoLoaders().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    UUID organisation(String name) {
        return directory.organisationNamed(name).orElseThrow().id();
    }

    long count(String table, UUID meeting) {
        return jdbc.sql("select count(*) from " + table + " where meeting_id = ?").param(meeting)
                .query(Long.class).single();
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
