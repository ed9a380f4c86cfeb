package uk.saferhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.MediaType.APPLICATION_JSON;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.saferhub.shared.calendar.CalendarEvent;
import uk.saferhub.meetings.internal.MeetingAction;
import uk.saferhub.meetings.internal.NewAction;
import uk.saferhub.partnership.Body;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.SaferHubTest;

/**
 * Who may call each meetings API endpoint: no key is 401, a reader's key may read but not write (403), a key of an
 * organisation outside the body's partnership (Hertfordshire County Council) finds nothing (404), and a coordinator
 * of the partnership reads and writes. Every refusal is problem details.
 */
@SaferHubTest
class MeetingApiAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    MeetingTestBodies data;

    @Autowired
    MeetingRecorder recorder;

    RequestPostProcessor coordinator;
    RequestPostProcessor reader;
    RequestPostProcessor contributor;
    RequestPostProcessor hertsCoordinator;
    RequestPostProcessor hertsReader;
    Body body;

    @BeforeEach
    void keysAndABody() {
        coordinator = apiKeys.of("leeds.admin", Role.COORDINATOR);
        reader = apiKeys.of("leeds.admin", Role.READER);
        contributor = apiKeys.of("leeds.admin", Role.CONTRIBUTOR);
        hertsCoordinator = apiKeys.of("herts.coordinator", Role.COORDINATOR);
        hertsReader = apiKeys.of("herts.coordinator", Role.READER);
        body = data.freshBody("API tasking group", "Safer Leeds");
    }

    @Test
    void aBodysMeetingsAreReadByItsPartnersOnly() {
        Meeting meeting = data.meeting(body.id(), "Meeting read over the API", 9);
        String url = "/api/v1/bodies/" + body.id() + "/meetings";

        AccessMatrix.forApi(mvc, url)
                .anonymousUnauthorised()
                .notFoundFor(hertsReader, hertsCoordinator)
                .okFor(reader, coordinator, apiKeys.of("leeds.admin", Role.PANEL_MEMBER));

        assertThat(json(AccessMatrix.forApi(mvc, url).as(reader))).contains(meeting.id().toString(),
                "Meeting read over the API");
    }

    @Test
    void oneMeetingIsReadByItsPartnersOnly() {
        Meeting meeting = data.meeting(body.id(), "One meeting over the API", 9);

        AccessMatrix.forApi(mvc, "/api/v1/meetings/" + meeting.id())
                .anonymousUnauthorised()
                .notFoundFor(hertsReader, hertsCoordinator)
                .okFor(reader, coordinator);
        AccessMatrix.forApi(mvc, "/api/v1/meetings/" + UUID.randomUUID()).notFoundFor(reader);
    }

    @Test
    void theActionLogShowsOnlyActionsOfBodiesTheKeyMaySee() {
        Meeting meeting = data.meeting(body.id(), "Meeting with a logged action", -2);
        MeetingAction action = recorder.recordAction(null, meeting.id(), new NewAction(
                MeetingTestBodies.unique("Clear the fly-tipping"), data.person("Katie Rowan"), null,
                LocalDate.now(CalendarEvent.LONDON).plusDays(10), null));

        AccessMatrix.forApi(mvc, "/api/v1/actions?size=100")
                .anonymousUnauthorised()
                .okFor(reader, hertsReader);
        assertThat(json(AccessMatrix.forApi(mvc, "/api/v1/actions?size=100&body=" + body.id()).as(reader)))
                .contains(action.id().toString(), "Katie Rowan");
        assertThat(json(AccessMatrix.forApi(mvc, "/api/v1/actions?size=100").as(hertsReader)))
                .doesNotContain(action.id().toString());
        AccessMatrix.forApi(mvc, "/api/v1/actions?body=" + body.id()).notFoundFor(hertsReader);
        AccessMatrix.forApi(mvc, "/api/v1/actions/" + action.id())
                .anonymousUnauthorised()
                .notFoundFor(hertsReader, hertsCoordinator)
                .okFor(reader, coordinator);
    }

    @Test
    void aCoordinatorOfThePartnershipSetsTheCadence() {
        String cadence = """
                {"kind": "EVERY_N_WEEKS", "intervalWeeks": 6, "anchor": "%s", "startTime": "10:00",
                 "durationMinutes": 120, "location": "Civic Hall"}""".formatted(LocalDate.now(CalendarEvent.LONDON).plusDays(3));

        write(() -> put("/api/v1/bodies/" + body.id() + "/cadence").contentType(APPLICATION_JSON).content(cadence))
                .okFor(coordinator);

        assertThat(data.count("select count(*) from meeting_cadence where body_id = ?", body.id().value()))
                .isEqualTo(1);
        assertThat(data.count("select count(*) from meeting where body_id = ? and from_cadence", body.id().value()))
                .isBetween(8L, 10L);
    }

    @Test
    void aCoordinatorOfThePartnershipAddsAMeeting() {
        String meeting = """
                {"title": "Extraordinary meeting", "start": "%sT14:00", "end": "%sT15:30"}"""
                .formatted(LocalDate.now(CalendarEvent.LONDON).plusDays(20), LocalDate.now(CalendarEvent.LONDON).plusDays(20));

        MvcResult created = write(() -> post("/api/v1/bodies/" + body.id() + "/meetings")
                .contentType(APPLICATION_JSON).content(meeting)).as(coordinator);

        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        assertThat(created.getResponse().getHeader("Location")).startsWith("/api/v1/meetings/");
        assertThat(data.count("select count(*) from meeting where body_id = ? and title = 'Extraordinary meeting'",
                body.id().value())).isEqualTo(1);
    }

    @Test
    void aCoordinatorOfThePartnershipMovesCancelsAndMarksMeetingsHeld() {
        Meeting toMove = data.meeting(body.id(), "Meeting to move over the API", 15);
        Meeting toCancel = data.meeting(body.id(), "Meeting to cancel over the API", 16);
        Meeting past = data.meeting(body.id(), "Meeting that took place", -1);
        String move = """
                {"start": "%sT11:00", "reason": "Clash with the Area Committee"}"""
                .formatted(LocalDate.now(CalendarEvent.LONDON).plusDays(17));

        write(() -> post("/api/v1/meetings/" + toMove.id() + "/move").contentType(APPLICATION_JSON).content(move))
                .okFor(coordinator);
        write(() -> post("/api/v1/meetings/" + toCancel.id() + "/cancel").contentType(APPLICATION_JSON)
                .content("{\"reason\": \"Nothing to task this cycle\"}")).okFor(coordinator);
        write(() -> post("/api/v1/meetings/" + past.id() + "/held")).okFor(coordinator);

        assertThat(status(toMove.id())).isEqualTo("SCHEDULED");
        assertThat(data.count("select sequence from meeting where id = ?", toMove.id())).isEqualTo(1);
        assertThat(status(toCancel.id())).isEqualTo("CANCELLED");
        assertThat(status(past.id())).isEqualTo("HELD");
    }

    @Test
    void aCoordinatorOfThePartnershipRecordsTheMeeting() throws Exception {
        Meeting meeting = data.meeting(body.id(), "Meeting recorded over the API", -1);
        UUID rowan = data.person("Katie Rowan");
        String base = "/api/v1/meetings/" + meeting.id();

        assertThat(write(() -> post(base + "/agenda").contentType(APPLICATION_JSON)
                .content("{\"title\": \"Environmental priorities on the tasking matrix\"}")).as(coordinator)
                .getResponse().getStatus()).isEqualTo(201);
        UUID item = data.jdbc.sql("select id from meeting_agenda_item where meeting_id = ?").param(meeting.id())
                .query(UUID.class).single();
        write(() -> put(base + "/agenda/" + item).contentType(APPLICATION_JSON)
                .content("{\"title\": \"Environmental priorities\", \"minutes\": \"Priorities reviewed.\"}"))
                .okFor(coordinator);
        write(() -> put(base + "/attendance").contentType(APPLICATION_JSON)
                .content("[{\"personId\": \"" + rowan + "\", \"status\": \"PRESENT\"}]")).okFor(coordinator);
        assertThat(write(() -> post(base + "/decisions").contentType(APPLICATION_JSON)
                .content("{\"text\": \"The tasking matrix is agreed\"}")).as(coordinator).getResponse().getStatus())
                .isEqualTo(201);
        String action = """
                {"description": "Report progress to the Area Committee", "ownerPersonId": "%s", "dueDate": "%s"}"""
                .formatted(rowan, LocalDate.now(CalendarEvent.LONDON).plusDays(30));
        MvcResult created = write(() -> post(base + "/actions").contentType(APPLICATION_JSON).content(action))
                .as(coordinator);
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        UUID actionId = UUID.fromString(created.getResponse().getHeader("Location").replace("/api/v1/actions/", ""));
        write(() -> post("/api/v1/actions/" + actionId + "/updates").contentType(APPLICATION_JSON)
                .content("{\"status\": \"DONE\", \"note\": \"Reported on the tenth\"}")).okFor(coordinator);

        assertThat(data.count("select count(*) from meeting_agenda_item where meeting_id = ? and minutes is not null",
                meeting.id())).isEqualTo(1);
        assertThat(data.count("select count(*) from meeting_attendance where meeting_id = ?", meeting.id()))
                .isEqualTo(1);
        assertThat(data.count("select count(*) from meeting_decision where meeting_id = ?", meeting.id()))
                .isEqualTo(1);
        assertThat(data.count("select count(*) from meeting_action where id = ? and status = 'DONE'", actionId))
                .isEqualTo(1);
        assertThat(json(AccessMatrix.forApi(mvc, base).as(reader))).contains("Environmental priorities",
                "The tasking matrix is agreed", "Report progress to the Area Committee", "Katie Rowan");
    }

    /**
     * A write is refused to a caller without a key (401), a reader (403) and a coordinator outside the partnership
     * (404) before anything else, so these callers never change anything; the caller that may is left to the test.
     */
    private AccessMatrix write(java.util.function.Supplier<
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> request) {
        String changes = "select count(*) from audit_event where action in ('CREATE', 'UPDATE', 'DELETE')";
        long before = data.count(changes);
        AccessMatrix matrix = AccessMatrix.forApi(mvc, request)
                .anonymousUnauthorised()
                .forbiddenFor(reader, contributor)
                .notFoundFor(hertsCoordinator);
        assertThat(data.count(changes)).as("changes audited while refusing").isEqualTo(before);
        return matrix;
    }

    private String status(UUID meeting) {
        return data.jdbc.sql("select status from meeting where id = ?").param(meeting).query(String.class).single();
    }

    private static String json(MvcResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
