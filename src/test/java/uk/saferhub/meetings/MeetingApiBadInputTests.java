package uk.saferhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.MediaType.APPLICATION_JSON;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.meetings.internal.ActionStatus;
import uk.saferhub.shared.calendar.CalendarEvent;
import uk.saferhub.meetings.internal.MeetingAction;
import uk.saferhub.meetings.internal.NewAction;
import uk.saferhub.partnership.Body;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.SaferHubTest;

/**
 * Bad input to the meetings API: a clear RFC 9457 problem (400) naming what is wrong, and nothing changed in the
 * database or the audit trail.
 */
@SaferHubTest
class MeetingApiBadInputTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    MeetingTestBodies data;

    @Autowired
    MeetingScheduler scheduler;

    @Autowired
    MeetingRecorder recorder;

    @Autowired
    JsonMapper json;

    RequestPostProcessor coordinator;
    Body body;

    @BeforeEach
    void aKeyAndABody() {
        coordinator = apiKeys.of("leeds.admin", Role.COORDINATOR);
        body = data.freshBody("Bad input tasking group", "Safer Leeds");
    }

    @Test
    void aCadenceEverySixtyWeeksIsRefusedBecauseAYearWouldHaveNoMeeting() throws Exception {
        Meeting existing = data.meeting(body.id(), "Meeting before the bad cadence", 10);
        String cadence = """
                {"kind": "EVERY_N_WEEKS", "intervalWeeks": 60, "anchor": "%s", "startTime": "10:00",
                 "durationMinutes": 120}""".formatted(today().plusDays(7));

        JsonNode problem = refused(put("/api/v1/bodies/" + body.id() + "/cadence").content(cadence));

        assertThat(problem.get("detail").asString()).contains("60 weeks", "would leave a year with no meeting");
        assertThat(data.count("select count(*) from meeting_cadence where body_id = ?", body.id().value())).isZero();
        assertThat(data.count("select count(*) from meeting where body_id = ?", body.id().value())).isEqualTo(1);
        assertThat(data.count("select count(*) from meeting where id = ?", existing.id())).isEqualTo(1);
    }

    @Test
    void incompleteCadencesAreRefusedFieldByField() throws Exception {
        for (String cadence : List.of(
                "{\"kind\": \"FIXED_MONTHS\", \"months\": [], \"startTime\": \"10:00\", \"durationMinutes\": 60}",
                "{\"kind\": \"FIXED_MONTHS\", \"months\": [null], \"startTime\": \"10:00\", \"durationMinutes\": 60}",
                "{\"kind\": \"EVERY_N_WEEKS\", \"intervalWeeks\": 6, \"startTime\": \"10:00\", \"durationMinutes\": 60}",
                "{\"kind\": \"EVERY_N_WEEKS\", \"intervalWeeks\": 6, \"anchor\": \"2027-01-05\", \"startTime\": \"10:00\"}",
                "{\"kind\": \"FORTNIGHTLY\"}")) {
            refused(put("/api/v1/bodies/" + body.id() + "/cadence").content(cadence));
        }
        assertThat(data.count("select count(*) from meeting_cadence where body_id = ?", body.id().value())).isZero();
    }

    @Test
    void anActionWithoutAnOwnerIsRefused() throws Exception {
        Meeting meeting = data.meeting(body.id(), "Meeting with an ownerless action", -1);
        String action = """
                {"description": "Someone should clear the graffiti", "dueDate": "%s"}""".formatted(today().plusDays(14));

        JsonNode problem = refused(post("/api/v1/meetings/" + meeting.id() + "/actions").content(action));

        assertThat(problem.get("detail").asString()).contains("Choose who owns the action");
        assertThat(data.count("select count(*) from meeting_action where meeting_id = ?", meeting.id())).isZero();
    }

    @Test
    void anActionOwnedBySomeoneUnknownIsRefusedWithoutADatabaseError() throws Exception {
        Meeting meeting = data.meeting(body.id(), "Meeting with a stranger's action", -1);
        String action = """
                {"description": "Clear the graffiti", "ownerPersonId": "%s", "dueDate": "%s"}"""
                .formatted(UUID.randomUUID(), today().plusDays(14));
        String attendance = "[{\"personId\": \"" + UUID.randomUUID() + "\", \"status\": \"PRESENT\"}]";

        refused(post("/api/v1/meetings/" + meeting.id() + "/actions").content(action));
        refused(put("/api/v1/meetings/" + meeting.id() + "/attendance").content(attendance));

        assertThat(data.count("select count(*) from meeting_action where meeting_id = ?", meeting.id())).isZero();
        assertThat(data.count("select count(*) from meeting_attendance where meeting_id = ?", meeting.id())).isZero();
    }

    @Test
    void aHeldMeetingCannotBeMoved() throws Exception {
        Meeting held = scheduler.markHeld(null, data.meeting(body.id(), "Meeting already held", -3).id());
        String move = """
                {"start": "%sT10:00", "reason": "Rearranged"}""".formatted(today().plusDays(7));

        JsonNode problem = refused(post("/api/v1/meetings/" + held.id() + "/move").content(move));

        assertThat(problem.get("detail").asString()).contains("a held meeting cannot be moved");
        assertUnchanged(held);
    }

    @Test
    void aMeetingCannotBeMovedIntoThePast() throws Exception {
        Meeting coming = data.meeting(body.id(), "Meeting someone tries to move back", 5);
        String move = """
                {"start": "%sT10:00", "reason": "Typed the wrong year"}""".formatted(today().minusYears(1));

        JsonNode problem = refused(post("/api/v1/meetings/" + coming.id() + "/move").content(move));

        assertThat(problem.get("detail").asString()).contains("only be moved to a date and time in the future");
        assertUnchanged(coming);
    }

    @Test
    void malformedJsonIsAProblemAndChangesNothing() throws Exception {
        Meeting coming = data.meeting(body.id(), "Meeting under malformed requests", 5);
        long audited = data.count("select count(*) from audit_event where record_id = ?", coming.id().toString());

        for (MockHttpServletRequestBuilder request : List.of(
                post("/api/v1/meetings/" + coming.id() + "/move").content("{\"start\": \"2027-13-45T10:00\""),
                post("/api/v1/meetings/" + coming.id() + "/cancel").content("{reason: cancelled}"),
                put("/api/v1/bodies/" + body.id() + "/cadence").content("[1, 2, 3]"),
                post("/api/v1/meetings/" + coming.id() + "/agenda").content(""),
                put("/api/v1/meetings/" + coming.id() + "/attendance").content("[null]"))) {
            refused(request);
        }

        assertUnchanged(coming);
        assertThat(data.count("select count(*) from audit_event where record_id = ?", coming.id().toString()))
                .isEqualTo(audited);
        assertThat(data.count("select count(*) from meeting_cadence where body_id = ?", body.id().value())).isZero();
    }

    @Test
    void theOverdueFilterListsOnlyOverdueActionsAndABogusFilterIsRefused() throws Exception {
        Meeting meeting = data.meeting(body.id(), "Meeting with actions in every state", -30);
        UUID rowan = data.person("Katie Rowan");
        MeetingAction overdue = action(meeting, "Overdue: survey the alleyway", rowan, today().minusDays(5));
        MeetingAction notYetDue = action(meeting, "Not yet due: letter to residents", rowan, today().plusDays(5));
        MeetingAction doneLate = action(meeting, "Done late: remove the abandoned car", rowan, today().minusDays(9));
        recorder.updateAction(null, doneLate.id(), ActionStatus.DONE, "Removed by the council");

        JsonNode page = read("/api/v1/actions?status=overdue&size=100&body=" + body.id());
        assertThat(ids(page)).containsExactly(overdue.id().toString())
                .doesNotContain(notYetDue.id().toString(), doneLate.id().toString());
        JsonNode everywhere = read("/api/v1/actions?status=overdue&size=100");
        assertThat(everywhere.get("items").valueStream().map(item -> item.get("overdue").asBoolean())).containsOnly(true);
        assertThat(ids(read("/api/v1/actions?status=open&size=100&body=" + body.id())))
                .containsExactlyInAnyOrder(overdue.id().toString(), notYetDue.id().toString());

        MvcResult bogus = mvc.perform(get("/api/v1/actions?status=bogus").with(coordinator)).andReturn();
        assertThat(bogus.getResponse().getStatus()).isEqualTo(400);
        assertThat(bogus.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(bogus.getResponse().getContentAsString()).contains("open, overdue or closed");
    }

    private MeetingAction action(Meeting meeting, String description, UUID owner, LocalDate due) {
        return recorder.recordAction(null, meeting.id(), new NewAction(description, owner, null, due, null));
    }

    private JsonNode read(String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(coordinator)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString());
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    /** Sends the request as a coordinator who may change the body and expects a 400 problem. */
    private JsonNode refused(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.contentType(APPLICATION_JSON).with(coordinator)).andReturn();
        String answer = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(answer).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(answer);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(answer).doesNotContain("Exception", "at uk.saferhub");
        return problem;
    }

    private void assertUnchanged(Meeting before) {
        Map<String, Object> row = data.jdbc.sql("select starts_at, status, sequence from meeting where id = ?")
                .param(before.id()).query().singleRow();
        assertThat(((java.sql.Timestamp) row.get("starts_at")).toInstant()).isEqualTo(before.start().toInstant());
        assertThat(row.get("status")).isEqualTo(before.status().name());
        assertThat(row.get("sequence")).isEqualTo(before.sequence());
    }

    private static LocalDate today() {
        return LocalDate.now(CalendarEvent.LONDON);
    }
}
