package uk.saferhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.partnership.Body;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class ScheduleMeetingChangeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ScheduleTestData data;

    @Autowired
    JdbcClient jdbc;

    MvcResult as(String user, MockHttpServletRequestBuilder request) {
        return AccessMatrix.forPage(mvc, () -> request).as(users.as(user));
    }

    static MockHttpServletRequestBuilder move(UUID meeting, LocalDate day, String reason) {
        return post("/meetings/" + meeting + "/move").with(csrf()).param("date.day", String.valueOf(day.getDayOfMonth()))
                .param("date.month", String.valueOf(day.getMonthValue())).param("date.year", String.valueOf(day.getYear()))
                .param("startTime", "13:30").param("endTime", "15:00").param("location", "Civic Hall")
                .param("reason", reason);
    }

    static MockHttpServletRequestBuilder newMeeting(Body body, LocalDate day) {
        return newMeeting(body, day, "19:30");
    }

    static MockHttpServletRequestBuilder newMeeting(Body body, LocalDate day, String endTime) {
        return post("/partnership/bodies/" + body.id() + "/meetings/new").with(csrf())
                .param("title", "Extraordinary tasking meeting").param("purpose", "Summer disorder plan")
                .param("date.day", String.valueOf(day.getDayOfMonth()))
                .param("date.month", String.valueOf(day.getMonthValue())).param("date.year", String.valueOf(day.getYear()))
                .param("startTime", "18:00").param("endTime", endTime).param("location", "Community Centre");
    }

    Map<String, Object> row(UUID meeting) {
        return jdbc.sql("select * from meeting where id = ?").param(meeting).query().singleRow();
    }

    Document page(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void onlyCoordinatorsOfTheBodysPartnershipMayAddMoveOrCancelMeetings() throws Exception {
        Body body = data.leedsBody("Guarded meetings group");
        Meeting meeting = data.meeting(body, 10, 10);
        for (String url : new String[] {"/partnership/bodies/" + body.id() + "/meetings/new",
                "/meetings/" + meeting.id() + "/move", "/meetings/" + meeting.id() + "/cancel"}) {
            AccessMatrix.forPage(mvc, url)
                    .anonymousRedirectsToSignIn()
                    .forbiddenFor(users.as("krowan"), users.as("ene.homes"))
                    .notFoundFor(users.as("herts.coordinator"), users.as("ewilson"))
                    .okFor(users.as("mstenton"), users.as("leeds.admin"));
        }
        AccessMatrix.forPage(mvc, "/meetings/" + UUID.randomUUID() + "/move").notFoundFor(users.as("mstenton"));
        AccessMatrix.forPage(mvc, () -> post("/meetings/" + meeting.id() + "/held").with(csrf()))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("krowan"))
                .notFoundFor(users.as("herts.coordinator"));
        AccessMatrix.forPage(mvc, () -> post("/meetings/" + meeting.id() + "/cancel").with(csrf())
                        .param("reason", "Not wanted"))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("ene.homes"))
                .notFoundFor(users.as("herts.coordinator"));
        AccessMatrix.forPage(mvc, () -> newMeeting(body, ScheduleTestData.today().plusDays(20)))
                .forbiddenFor(users.as("krowan"))
                .notFoundFor(users.as("herts.coordinator"));
        assertThat(data.status(meeting.id())).isEqualTo("SCHEDULED");
        assertThat(data.meetings(body)).isEqualTo(1);
    }

    @Test
    void aCoordinatorAddsAMeetingByHandAndIsTakenToIt() throws Exception {
        Body body = data.leedsBody("Extraordinary group");
        LocalDate day = ScheduleTestData.today().plusDays(20);
        MvcResult result = as("mstenton", newMeeting(body, day));
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/meetings/");
        Map<String, Object> row = row(UUID.fromString(location.substring("/meetings/".length())));
        assertThat(row).containsEntry("title", "Extraordinary tasking meeting")
                .containsEntry("purpose", "Summer disorder plan").containsEntry("location", "Community Centre")
                .containsEntry("from_cadence", false).containsEntry("status", "SCHEDULED");
        assertThat((String) result.getFlashMap().get("success")).contains("18:00 to 19:30");
    }

    @Test
    void aMeetingWithoutARealDateIsNotAdded() throws Exception {
        Body body = data.leedsBody("Undated group");
        Document page = page(as("mstenton", post("/partnership/bodies/" + body.id() + "/meetings/new").with(csrf())
                .param("date.day", "31").param("date.month", "2").param("date.year", "2027").param("startTime", "25:00")
                .param("endTime", "")));
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#date.day", "#startTime");
        assertThat(data.meetings(body)).isZero();
    }

    @Test
    void aMeetingThatWouldEndBeforeItStartsIsRefusedAtTheEndTime() throws Exception {
        Body body = data.leedsBody("Backwards group");
        LocalDate day = ScheduleTestData.today().plusDays(20);
        Document page = page(as("mstenton", newMeeting(body, day, "17:00")));
        assertThat(page.select(".govuk-error-summary a[href='#endTime']").text())
                .isEqualTo("The meeting must end after it starts");
        assertThat(data.meetings(body)).isZero();
    }

    @Test
    void aCoordinatorMovesAComingMeetingAndItKeepsWhereItWas() throws Exception {
        Body body = data.leedsBody("Moving group");
        Meeting meeting = data.meeting(body, 10, 10);
        Document form = page(as("mstenton", get("/meetings/" + meeting.id() + "/move")));
        assertThat(form.select("#startTime").val()).isEqualTo("10:00");
        assertThat(form.select("#location").val()).isEqualTo("Pathways Centre");
        LocalDate day = ScheduleTestData.today().plusDays(12);
        MvcResult result = as("mstenton", move(meeting.id(), day, "The chair is on leave"));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + meeting.id());
        Map<String, Object> row = row(meeting.id());
        assertThat(row).containsEntry("move_reason", "The chair is on leave").containsEntry("location", "Civic Hall");
        assertThat(row.get("moved_from")).isNotNull();
        assertThat((String) result.getFlashMap().get("success")).contains("13:30 to 15:00");
    }

    @Test
    void aHeldMeetingCannotBeMoved() throws Exception {
        Body body = data.leedsBody("Held group");
        Meeting held = data.heldMeeting(body);
        Document form = page(as("mstenton", get("/meetings/" + held.id() + "/move")));
        assertThat(form.select(".govuk-warning-text").text()).contains("This meeting was held, so it cannot be moved");
        assertThat(form.select("form[action='/meetings/" + held.id() + "/move']")).isEmpty();
        Document page = page(as("mstenton", move(held.id(), ScheduleTestData.today().plusDays(5), "Try anyway")));
        assertThat(page.select(".govuk-error-summary a[href=\"#date.day\"]").text())
                .contains("a held meeting cannot be moved");
        assertThat(row(held.id())).containsEntry("status", "HELD").containsEntry("moved_from", null)
                .containsEntry("move_reason", null);
    }

    @Test
    void aMeetingCannotBeMovedIntoThePast() throws Exception {
        Body body = data.leedsBody("Backdated group");
        Meeting meeting = data.meeting(body, 10, 10);
        Document page = page(as("mstenton", move(meeting.id(), ScheduleTestData.today().minusDays(2),
                "It already happened")));
        assertThat(page.select(".govuk-error-summary a[href=\"#date.day\"]").text())
                .isEqualTo("A meeting can only be moved to a date and time in the future");
        assertThat(row(meeting.id())).containsEntry("moved_from", null).containsEntry("location", "Pathways Centre");
    }

    @Test
    void aMoveNeedsAReason() throws Exception {
        Body body = data.leedsBody("Unexplained move group");
        Meeting meeting = data.meeting(body, 10, 10);
        Document page = page(as("mstenton", move(meeting.id(), ScheduleTestData.today().plusDays(12), " ")));
        assertThat(page.select(".govuk-error-summary a[href='#reason']").text())
                .isEqualTo("Enter the reason for moving the meeting");
        assertThat(page.select("textarea#reason")).hasSize(1);
        assertThat(row(meeting.id())).containsEntry("moved_from", null);
    }

    @Test
    void aCancellationNeedsAReasonAndIsThenShownWithIt() throws Exception {
        Body body = data.leedsBody("Cancelling group");
        Meeting meeting = data.meeting(body, 10, 10);
        Document page = page(as("mstenton", post("/meetings/" + meeting.id() + "/cancel").with(csrf())
                .param("reason", "")));
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary a[href='#reason']").text())
                .isEqualTo("Enter the reason for cancelling the meeting");
        assertThat(data.status(meeting.id())).isEqualTo("SCHEDULED");

        MvcResult result = as("mstenton", post("/meetings/" + meeting.id() + "/cancel").with(csrf())
                .param("reason", "Not quorate"));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + meeting.id());
        assertThat(row(meeting.id())).containsEntry("status", "CANCELLED").containsEntry("cancel_reason", "Not quorate");
        Document again = page(as("mstenton", get("/meetings/" + meeting.id() + "/cancel")));
        assertThat(again.select(".govuk-warning-text").text()).contains("This meeting was cancelled: Not quorate");
    }

    @Test
    void aPastMeetingIsRecordedAsHeldButAComingOneIsRefusedWithTheReason() throws Exception {
        Body body = data.leedsBody("Recording group");
        Meeting past = data.meeting(body, -2, 10);
        MvcResult result = as("mstenton", post("/meetings/" + past.id() + "/held").with(csrf()));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + past.id());
        assertThat((String) result.getFlashMap().get("success")).endsWith("recorded as held");
        assertThat(data.status(past.id())).isEqualTo("HELD");

        Meeting coming = data.meeting(body, 4, 10);
        Document page = page(as("mstenton", post("/meetings/" + coming.id() + "/held").with(csrf())));
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary li").text())
                .isEqualTo("This meeting starts on " + coming.start().toLocalDate()
                        + ": it can be recorded as held once it has started");
        assertThat(page.select("a[href='/meetings/" + coming.id() + "']")).isNotEmpty();
        assertThat(data.status(coming.id())).isEqualTo("SCHEDULED");
    }
}
