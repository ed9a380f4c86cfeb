package uk.saferhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.saferhub.identity.Identity;
import uk.saferhub.identity.TestAccounts;
import uk.saferhub.identity.UserAccount;
import uk.saferhub.meetings.internal.AgendaItemDetails;
import uk.saferhub.shared.calendar.CalendarEvent;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The iCalendar feeds behind subscription addresses, read by a real parser (ical4j) as a calendar program would:
 * without signing in, without a session, showing moves and cancellations and never an agenda.
 */
@SaferHubTest
class CalendarFeedTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    MeetingTestBodies data;

    @Autowired
    MeetingScheduler scheduler;

    @Autowired
    MeetingRecorder recorder;

    @Autowired
    Identity identity;

    @Test
    void aBodysFeedHasItsMeetingsAsEventsNamedByTheirIds() throws Exception {
        Body body = data.freshBody("Feed test tasking group", "Safer Leeds");
        Meeting first = data.meeting(body.id(), "First feed meeting", 10);
        Meeting second = data.meeting(body.id(), "Second feed meeting", 52);

        String path = subscribe("mstenton", "BODY", body.id().value());
        MvcResult result = mvc.perform(get(path)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("private, max-age=900");
        List<VEvent> events = events(result);
        assertThat(events).extracting(event -> event.getUid().orElseThrow().getValue())
                .containsExactly(first.id() + "@saferhub", second.id() + "@saferhub");
        assertThat(event(events, first).getSummary().getValue()).contains("First feed meeting", body.name());
        assertThat(event(events, first).getUrl().getValue()).isEqualTo("http://localhost/meetings/" + first.id());
        assertThat(event(events, first).getSequence().getSequenceNo()).isZero();
    }

    @Test
    void movingAMeetingRaisesItsSequenceAndCancellingOneMarksItCancelled() throws Exception {
        Body body = data.freshBody("Feed changes group", "Safer Leeds");
        Meeting moved = data.meeting(body.id(), "Meeting to move", 14);
        Meeting cancelled = data.meeting(body.id(), "Meeting to cancel", 28);
        String path = subscribe("mstenton", "BODY", body.id().value());

        scheduler.move(users.actor("mstenton"), moved.id(), moved.start().toLocalDateTime().plusDays(2), null,
                null, "The room is not available");
        scheduler.cancel(users.actor("mstenton"), cancelled.id(), "Nothing to discuss this cycle");
        List<VEvent> events = events(mvc.perform(get(path)).andReturn());

        VEvent movedEvent = event(events, moved);
        assertThat(movedEvent.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(movedEvent.<java.time.ZonedDateTime>getDateTimeStart().getDate().toLocalDate())
                .isEqualTo(moved.start().toLocalDate().plusDays(2));
        assertThat(movedEvent.getStatus().getValue()).isEqualTo("CONFIRMED");
        VEvent cancelledEvent = event(events, cancelled);
        assertThat(cancelledEvent.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelledEvent.getSequence().getSequenceNo()).isEqualTo(1);
    }

    @Test
    void aPersonsFeedHasTheMeetingsOfTheBodiesTheySitOnAndNoOthers() throws Exception {
        BodyId executive = data.body("Safer Leeds Executive");
        Meeting executiveMeeting = data.meeting(executive, MeetingTestBodies.unique("Executive feed meeting"), 20);
        Body elsewhere = data.freshBody("Body Martyn Stenton does not sit on", "Safer Leeds");
        Meeting notHis = data.meeting(elsewhere.id(), "Not his meeting", 20);
        Body joined = data.freshBody("Body Martyn Stenton joins", "Safer Leeds");
        Meeting afterJoining = data.meeting(joined.id(), "His new body's meeting", 30);

        String path = subscribe("mstenton", "PERSON", data.person("Martyn Stenton"));
        assertThat(uids(events(mvc.perform(get(path)).andReturn())))
                .contains(executiveMeeting.id() + "@saferhub")
                .doesNotContain(notHis.id() + "@saferhub", afterJoining.id() + "@saferhub");

        data.seat(joined.id(), "Martyn Stenton", LocalDate.now(CalendarEvent.LONDON));
        assertThat(uids(events(mvc.perform(get(path)).andReturn())))
                .contains(executiveMeeting.id() + "@saferhub", afterJoining.id() + "@saferhub")
                .doesNotContain(notHis.id() + "@saferhub");
    }

    @Test
    void aRevokedAddressIsNotFoundAndSaysNothingMore() throws Exception {
        Body body = data.freshBody("Revoked feed group", "Safer Leeds");
        data.meeting(body.id(), "Meeting behind a revoked address", 5);
        String path = subscribe("krowan", "BODY", body.id().value());
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(200);
        UUID subscription = data.jdbc.sql("""
                select id from meeting_calendar_subscription where subject_id = ? order by created_at desc limit 1""")
                .param(body.id().value()).query(UUID.class).single();

        mvc.perform(post("/calendars/" + subscription + "/revoke").with(users.as("krowan")).with(csrf()));
        MvcResult result = mvc.perform(get(path)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString()).isEmpty();
        assertThat(mvc.perform(get("/calendars/feeds/not-a-token-at-all.ics")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void theAddressOfADisabledUserStopsWorking() throws Exception {
        Body body = data.freshBody("Disabled user feed group", "Leeds City Council");
        data.meeting(body.id(), "Meeting for a leaver", 7);
        var leedsAdmin = users.actor("leeds.admin");
        UserAccount leaver = TestAccounts.create(identity, leedsAdmin, TestAccounts.uniqueUsername("leaver"),
                Role.READER);
        String path = subscribe(leaver.username(), "BODY", body.id().value());
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(200);

        identity.disableUser(leedsAdmin, leaver.id());
        MvcResult result = mvc.perform(get(path)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString()).isEmpty();
    }

    @Test
    void anExemptItemsTitleNeverAppearsInAnyFeed() throws Exception {
        Body body = data.freshBody("Exempt item feed group", "Safer Leeds");
        data.seat(body.id(), "Martyn Stenton", LocalDate.now(CalendarEvent.LONDON).minusDays(1));
        Meeting meeting = data.meeting(body.id(), "Meeting with an exempt item", 12);
        String secret = MeetingTestBodies.unique("Named tenant's eviction");
        recorder.saveItem(null, meeting.id(), null, new AgendaItemDetails(null, secret, null, null, true,
                "Schedule 12A paragraph 1: information about an individual", "Minutes naming " + secret));

        for (String path : List.of(subscribe("mstenton", "BODY", body.id().value()),
                subscribe("mstenton", "PERSON", data.person("Martyn Stenton")),
                subscribe("krowan", "BODY", body.id().value()))) {
            MvcResult result = mvc.perform(get(path)).andReturn();
            assertThat(uids(events(result))).contains(meeting.id() + "@saferhub");
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .doesNotContain(secret).doesNotContain("Named tenant");
        }
    }

    @Test
    void aFeedIsReadWithoutASessionOrACsrfToken() throws Exception {
        Body body = data.freshBody("Sessionless feed group", "Safer Leeds");
        data.meeting(body.id(), "Meeting read by a calendar program", 3);
        String path = subscribe("mstenton", "BODY", body.id().value());

        MvcResult result = mvc.perform(get(path)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
    }

    /** Subscribes through the page as the user and returns the feed's path from the address shown once. */
    String subscribe(String username, String subject, UUID id) throws Exception {
        return subscribe(users.as(username), subject, id);
    }

    String subscribe(RequestPostProcessor user, String subject, UUID id) throws Exception {
        MvcResult result = mvc.perform(post("/calendars").param("subject", subject)
                .param(subject.equals("BODY") ? "body" : "person", id.toString())
                .with(user).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String address = Jsoup.parse(result.getResponse().getContentAsString()).getElementById("subscription-address")
                .text();
        return URI.create(address).getPath();
    }

    static List<VEvent> events(MvcResult result) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(
                result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
        return calendar.getComponents(Component.VEVENT);
    }

    static List<String> uids(List<VEvent> events) {
        return events.stream().map(event -> event.getUid().orElseThrow().getValue()).toList();
    }

    static VEvent event(List<VEvent> events, Meeting meeting) {
        return events.stream().filter(event -> event.getUid().orElseThrow().getValue()
                .equals(meeting.id() + "@saferhub")).findFirst().orElseThrow();
    }
}
