package uk.saferhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.directory.Directory;
import uk.saferhub.meetings.internal.ActionStatus;
import uk.saferhub.meetings.internal.MeetingAction;
import uk.saferhub.meetings.internal.NewAction;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class ActionLogPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    PartnershipEditor editor;

    @Autowired
    MeetingScheduler scheduler;

    @Autowired
    MeetingRecorder recorder;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    RecordTestData data;

    @BeforeEach
    void setUp() {
        data = new RecordTestData(editor, scheduler, recorder, directory, jdbc);
    }

    Document page(String url, String user) throws Exception {
        MvcResult result = mvc.perform(get(url).with(users.as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    MeetingAction action(Meeting meeting, String description, LocalDate due) {
        return recorder.recordAction(null, meeting.id(), new NewAction(description, data.person("Katie Rowan"), null,
                due, null));
    }

    @Test
    void theLogShowsTheOverdueCountAndFiltersByStatusAndBody() throws Exception {
        Body body = data.leedsBody("Log group");
        Meeting meeting = data.pastMeeting(body);
        action(meeting, "Survey the underpass lighting", LocalDate.of(2026, 2, 1));
        action(meeting, "Report back on the spring campaign", LocalDate.of(2099, 6, 1));
        String url = "/actions?body=" + body.id();

        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .notFoundFor(users.as("herts.coordinator"), users.as("panel.member"))
                .okFor(users.as("ene.homes"), users.as("mstenton"));
        Document all = page(url, "ene.homes");
        assertThat(all.select("#overdue-summary").text()).startsWith("1 action is overdue");
        assertThat(all.select("table caption").text()).isEqualTo("2 actions");
        var rows = all.select("tbody tr");
        assertThat(rows.get(0).text()).contains("Action 1", "Meeting of 6 Jan 2026", body.name(),
                "Survey the underpass lighting", "Katie Rowan", "1 Feb 2026", "Open", "Overdue");
        assertThat(rows.get(1).text()).contains("Report back on the spring campaign").doesNotContain("Overdue");
        assertThat(all.select("select[name=body] option[selected]").val()).isEqualTo(body.id().toString());

        Document overdue = page(url + "&status=overdue", "ene.homes");
        assertThat(overdue.select("tbody tr").eachText()).hasSize(1).first().asString()
                .contains("Survey the underpass lighting");
        assertThat(overdue.select("select[name=status] option[selected]").val()).isEqualTo("overdue");
        assertThat(page(url + "&status=closed", "ene.homes").text()).contains("No actions match.");

        assertThat(page("/actions", "herts.coordinator").text()).doesNotContain("Survey the underpass lighting");
    }

    @Test
    void theLogFiltersByOwnerPersonOrOrganisation() throws Exception {
        Body body = data.leedsBody("Owner group");
        Meeting meeting = data.pastMeeting(body);
        action(meeting, "Chase the fly-tipping reports", LocalDate.of(2099, 1, 1));
        UUID saferLeeds = directory.organisationNamed("Safer Leeds").orElseThrow().id();
        recorder.recordAction(null, meeting.id(), new NewAction("Book the community skip day", null, saferLeeds,
                LocalDate.of(2099, 2, 1), null));
        String url = "/actions?body=" + body.id();

        Document byPerson = page(url + "&owner=" + data.person("Katie Rowan"), "ene.homes");
        assertThat(byPerson.select("tbody tr").eachText()).singleElement().asString()
                .contains("Chase the fly-tipping reports");
        assertThat(byPerson.select("select[name=owner] option[selected]").text()).isEqualTo("Katie Rowan");
        Document byOrganisation = page(url + "&owner=" + saferLeeds, "ene.homes");
        assertThat(byOrganisation.select("tbody tr").eachText()).singleElement().asString()
                .contains("Book the community skip day");
        assertThat(page(url + "&owner=not-an-id", "ene.homes").select("tbody tr")).hasSize(2);
    }

    @Test
    void theActionPageShowsTheMeetingOwnerAndDueDateAndOnlyEditorsGetTheUpdateForm() throws Exception {
        Body body = data.leedsBody("Action page group");
        Meeting meeting = data.pastMeeting(body);
        MeetingAction action = action(meeting, "Survey the underpass lighting", LocalDate.of(2026, 2, 1));
        String url = "/actions/" + action.id();
        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .notFoundFor(users.as("herts.coordinator"), users.as("ewilson"))
                .okFor(users.as("ene.homes"), users.as("krowan"), users.as("mstenton"));
        AccessMatrix.forPage(mvc, "/actions/" + UUID.randomUUID()).notFoundFor(users.as("mstenton"));

        Document page = page(url, "ene.homes");
        assertThat(page.select("h1").text()).isEqualTo("Action 1");
        assertThat(page.text()).contains("Survey the underpass lighting", "Katie Rowan", "1 February 2026",
                "Overdue", "No updates yet.");
        assertThat(page.select("a[href=/meetings/" + meeting.id() + "]").text())
                .isEqualTo(body.name() + ", Tuesday 6 January 2026, 10:00 to 12:00");
        assertThat(page.select("form[action=" + url + "/updates]")).isEmpty();
        assertThat(page(url, "mstenton").select("form[action=" + url + "/updates] input[name=status]"))
                .hasSize(ActionStatus.values().length);
    }

    @Test
    void closingAnActionRecordsTheUpdateShowsDoneAndTakesItOffTheOverdueList() throws Exception {
        Body body = data.leedsBody("Closing group");
        Meeting meeting = data.pastMeeting(body);
        MeetingAction action = action(meeting, "Survey the underpass lighting", LocalDate.of(2026, 2, 1));
        String url = "/actions/" + action.id();
        assertThat(page("/actions?status=overdue&body=" + body.id(), "mstenton").text())
                .contains("Survey the underpass lighting");

        MvcResult result = mvc.perform(post(url + "/updates").with(csrf()).with(users.as("mstenton"))
                .param("status", "DONE").param("note", "Lights replaced\nby the council")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(url);
        assertThat(jdbc.sql("select status from meeting_action where id = ?").param(action.id())
                .query(String.class).single()).isEqualTo("DONE");
        assertThat(jdbc.sql("select closed_on from meeting_action where id = ?").param(action.id())
                .query(LocalDate.class).single()).isNotNull();
        assertThat(jdbc.sql("select count(*) from meeting_action_update where action_id = ?").param(action.id())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'UPDATE' and record_type = "
                + "'meeting-action' and record_id = ?").param(action.id().toString()).query(Long.class).single())
                .isEqualTo(1);

        Document page = page(url, "ene.homes");
        assertThat(page.select("#action-status").text()).isEqualTo("Done");
        assertThat(page.text()).doesNotContain("Overdue");
        var update = page.select("table:has(caption:contains(Progress)) tbody tr").getFirst();
        assertThat(update.text()).contains("Martyn Stenton", "Done");
        assertThat(update.select(".saferhub-minutes").getFirst().wholeText()).isEqualTo("Lights replaced\nby the council");

        Document overdue = page("/actions?status=overdue&body=" + body.id(), "mstenton");
        assertThat(overdue.text()).doesNotContain("Survey the underpass lighting");
        assertThat(overdue.select("#overdue-summary").text()).isEqualTo("No actions are overdue.");
        assertThat(page("/actions?status=closed&body=" + body.id(), "mstenton").text())
                .contains("Survey the underpass lighting");
    }

    @Test
    void anUpdateWithoutANoteOrStatusIsRefusedAndTheActionStaysOpen() throws Exception {
        Meeting meeting = data.pastMeeting(data.leedsBody("Refused update group"));
        MeetingAction action = action(meeting, "Write to the landlord", LocalDate.of(2026, 2, 1));
        MvcResult result = mvc.perform(post("/actions/" + action.id() + "/updates").with(csrf())
                .with(users.as("mstenton")).param("note", " ")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactlyInAnyOrder("#status",
                "#note");
        assertThat(page.getElementById("status")).isNotNull();
        assertThat(jdbc.sql("select status from meeting_action where id = ?").param(action.id())
                .query(String.class).single()).isEqualTo("OPEN");
        assertThat(jdbc.sql("select count(*) from meeting_action_update where action_id = ?").param(action.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheBodysCoordinatorsMayRecordProgress() throws Exception {
        Meeting meeting = data.pastMeeting(data.leedsBody("Progress group"));
        MeetingAction action = action(meeting, "Write to the landlord", LocalDate.of(2026, 2, 1));
        AccessMatrix.forPage(mvc, () -> post("/actions/" + action.id() + "/updates").with(csrf())
                        .param("status", "DONE").param("note", "Not mine to close"))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("ene.homes"), users.as("krowan"))
                .notFoundFor(users.as("herts.coordinator"), users.as("ewilson"));
        assertThat(jdbc.sql("select status from meeting_action where id = ?").param(action.id())
                .query(String.class).single()).isEqualTo("OPEN");
    }
}
