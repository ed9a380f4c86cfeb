package uk.saferhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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
import uk.saferhub.meetings.internal.AgendaItem;
import uk.saferhub.meetings.internal.AgendaItemDetails;
import uk.saferhub.meetings.internal.Attendance;
import uk.saferhub.meetings.internal.AttendanceStatus;
import uk.saferhub.meetings.internal.MeetingAction;
import uk.saferhub.meetings.internal.NewAction;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class MeetingRecordPagesTests {

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

    @Test
    void theMeetingPageShowsWhenAndWhereAndEverythingRecordedToEveryLeedsPartner() throws Exception {
        Body body = data.leedsBody("ENE tasking");
        Meeting meeting = data.pastMeeting(body);
        AgendaItem item = recorder.saveItem(null, meeting.id(), null, new AgendaItemDetails(null, "Hotspot review",
                data.person("Katie Rowan"), null, false, null, "Line one\nLine two"));
        recorder.addPaper(null, meeting.id(), item.id(), "Hotspot map", "https://example.org/map.pdf");
        recorder.recordAttendance(null, meeting.id(), List.of(
                new Attendance(meeting.id(), data.person("Martyn Stenton"), AttendanceStatus.PRESENT, null),
                new Attendance(meeting.id(), data.person("Katie Rowan"), AttendanceStatus.APOLOGIES, null)));
        recorder.recordDecision(null, meeting.id(), item.id(), "The group adopts the hotspot plan");
        MeetingAction action = recorder.recordAction(null, meeting.id(), new NewAction("Patrol the park", null,
                data.organisation("Safer Leeds"), LocalDate.of(2026, 2, 1), item.id()));

        AccessMatrix.forPage(mvc, "/meetings/" + meeting.id())
                .anonymousRedirectsToSignIn()
                .notFoundFor(users.as("herts.coordinator"), users.as("ewilson"))
                .okFor(users.as("ene.homes"), users.as("krowan"), users.as("mstenton"));
        AccessMatrix.forPage(mvc, "/meetings/" + UUID.randomUUID()).notFoundFor(users.as("mstenton"));

        Document page = page("/meetings/" + meeting.id(), "ene.homes");
        String text = page.text();
        assertThat(page.select("h1").text()).isEqualTo("Tuesday 6 January 2026"); // the caption names the body
        assertThat(page.select(".govuk-caption-l").text()).isEqualTo(body.name());
        assertThat(text).contains("Tuesday 6 January 2026, 10:00 to 12:00", "Civic Hall, Leeds",
                "Review of the tasking cycle", "Item 1: Hotspot review", "Presented by Katie Rowan");
        assertThat(page.select(".saferhub-agenda .saferhub-minutes").getFirst().wholeText())
                .isEqualTo("Line one\nLine two");
        var paper = page.select("a[href=https://example.org/map.pdf]");
        assertThat(paper.text()).isEqualTo("Hotspot map");
        assertThat(paper.attr("rel")).isEqualTo("noopener");
        assertThat(paper.hasAttr("target")).isFalse();
        assertThat(page.select("table:has(caption:contains(Who attended)) tbody tr").eachText())
                .containsExactly("Martyn Stenton Present", "Katie Rowan Apologies");
        assertThat(text).contains("Decision 1 (item 1): The group adopts the hotspot plan");
        var row = page.select("table:has(caption:contains(Actions agreed)) tbody tr").getFirst();
        assertThat(row.select("a").attr("href")).isEqualTo("/actions/" + action.id());
        assertThat(row.text()).contains("Patrol the park", "Safer Leeds", "1 Feb 2026", "Open", "Overdue");
        assertThat(page.select("a[href$=/agenda/new], a[href$=/actions/new], form[action$=/held]")).isEmpty();
    }

    @Test
    void aCoordinatorOfTheBodyGetsTheLinksToRecordMoveCancelAndRecordItAsHeld() throws Exception {
        Meeting meeting = data.pastMeeting(data.leedsBody("Links group"));
        String base = "/meetings/" + meeting.id();
        Document page = page(base, "mstenton");
        for (String link : List.of("/agenda/new", "/papers/new", "/attendance", "/decisions/new", "/actions/new",
                "/move", "/cancel")) {
            assertThat(page.select("a[href=" + base + link + "]")).as(link).hasSize(1);
        }
        assertThat(page.select("form[method=post][action=" + base + "/held] button").text())
                .isEqualTo("Record as held");
        assertThat(page.select("form[action=" + base + "/held] input[name=_csrf]")).hasSize(1);

        Document contributor = page(base, "krowan");
        assertThat(contributor.select("a[href=" + base + "/agenda/new], form[action=" + base + "/held]")).isEmpty();
    }

    @Test
    void aMovedMeetingSaysWhenItWasAndWhyAndACancelledOneWhyItWasCancelled() throws Exception {
        Body body = data.leedsBody("Moving group");
        Meeting coming = scheduler.schedule(null, body.id(), new NewMeeting(null, null,
                LocalDateTime.of(2099, 3, 3, 14, 0), LocalDateTime.of(2099, 3, 3, 16, 0), null));
        scheduler.move(null, coming.id(), LocalDateTime.of(2099, 3, 10, 14, 0), null, null,
                "the chair is on leave");
        Document moved = page("/meetings/" + coming.id(), "mstenton");
        assertThat(moved.text()).contains("Tuesday 10 March 2099, 14:00 to 16:00",
                "Moved from Tuesday 3 March 2099, 14:00 because the chair is on leave", "Scheduled");
        assertThat(moved.select("form[action$=/held]")).as("not started yet").isEmpty();
        assertThat(moved.select("a[href$=/move]")).hasSize(1);

        Meeting called = data.pastMeeting(body);
        scheduler.cancel(null, called.id(), "too few members could come");
        Document cancelled = page("/meetings/" + called.id(), "mstenton");
        assertThat(cancelled.text()).contains("Cancelled", "Cancelled because too few members could come");
        assertThat(cancelled.select("a[href$=/move], a[href$=/cancel], a[href$=/attendance], "
                + "a[href$=/decisions/new], form[action$=/held]")).isEmpty();

        Meeting held = data.pastMeeting(body);
        scheduler.markHeld(null, held.id());
        Document heldPage = page("/meetings/" + held.id(), "mstenton");
        assertThat(heldPage.select(".govuk-summary-list .govuk-tag").text()).isEqualTo("Held");
        assertThat(heldPage.select("a[href$=/move], a[href$=/cancel], form[action$=/held]")).isEmpty();
        assertThat(heldPage.select("a[href$=/attendance]")).hasSize(1);
    }

    @Test
    void everyRecordingPageIsForTheBodysCoordinatorsOnly() throws Exception {
        Meeting meeting = data.pastMeeting(data.leedsBody("Coordinators group"));
        AgendaItem item = data.item(meeting, "Open item", false, null);
        String base = "/meetings/" + meeting.id();
        for (String page : List.of("/agenda/new", "/agenda/" + item.id() + "/edit", "/papers/new", "/attendance",
                "/decisions/new", "/actions/new")) {
            AccessMatrix.forPage(mvc, base + page)
                    .anonymousRedirectsToSignIn()
                    .forbiddenFor(users.as("ene.homes"), users.as("krowan"))
                    .notFoundFor(users.as("herts.coordinator"), users.as("ewilson"))
                    .okFor(users.as("mstenton"), users.as("leeds.admin"));
        }
        AccessMatrix.forPage(mvc, base + "/agenda/" + UUID.randomUUID() + "/edit").notFoundFor(users.as("mstenton"));
        AccessMatrix.forPage(mvc, () -> post(base + "/decisions/new").with(csrf()).param("text", "Not allowed"))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("ene.homes"))
                .notFoundFor(users.as("herts.coordinator"));
        assertThat(data.count("meeting_decision", meeting.id())).isZero();
    }

    @Test
    void aCoordinatorAddsAnAgendaItemWhoseMinutesKeepTheirLineBreaksAndTheChangeIsAudited() throws Exception {
        Meeting meeting = data.pastMeeting(data.leedsBody("Minutes group"));
        MvcResult result = mvc.perform(post("/meetings/" + meeting.id() + "/agenda/new").with(csrf())
                .with(users.as("mstenton")).param("title", "Anti-social behaviour in the park")
                .param("presenterPersonId", data.person("Katie Rowan").toString())
                .param("minutes", "First point\r\nSecond point")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + meeting.id() + "#agenda");
        UUID saved = jdbc.sql("select id from meeting_agenda_item where meeting_id = ?").param(meeting.id())
                .query(UUID.class).single();
        assertThat(jdbc.sql("select minutes from meeting_agenda_item where id = ?").param(saved)
                .query(String.class).single()).isEqualTo("First point\r\nSecond point");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CREATE' and record_type = "
                + "'meeting-agenda-item' and record_id = ?").param(saved.toString()).query(Long.class).single())
                .isEqualTo(1);

        Document page = page("/meetings/" + meeting.id(), "mstenton");
        assertThat(page.text()).contains("Item 1: Anti-social behaviour in the park", "Presented by Katie Rowan");
        assertThat(page.select(".saferhub-agenda .saferhub-minutes").getFirst().wholeText())
                .matches("First point\r?\nSecond point");
        assertThat(page.select("a[href=/meetings/" + meeting.id() + "/agenda/" + saved + "/edit]")).hasSize(1);
    }

    @Test
    void changingAnItemStartsFromWhatIsRecordedAndSavesTheMinutes() throws Exception {
        Meeting meeting = data.pastMeeting(data.leedsBody("Changing group"));
        AgendaItem item = data.item(meeting, "Licensing review", false, null);
        String url = "/meetings/" + meeting.id() + "/agenda/" + item.id() + "/edit";
        Document form = page(url, "mstenton");
        assertThat(form.select("input[name=title]").val()).isEqualTo("Licensing review");
        assertThat(form.select("input[name=number]").val()).isEqualTo("1");
        mvc.perform(post(url).with(csrf()).with(users.as("mstenton")).param("number", "1")
                .param("title", "Licensing review").param("minutes", "Agreed to write to the licensee.")).andReturn();
        assertThat(jdbc.sql("select minutes from meeting_agenda_item where id = ?").param(item.id())
                .query(String.class).single()).isEqualTo("Agreed to write to the licensee.");
    }

    @Test
    void anAgendaNumberAlreadyUsedIsRefusedWithAnErrorSummaryAndNothingIsSaved() throws Exception {
        Meeting meeting = data.pastMeeting(data.leedsBody("Numbers group"));
        data.item(meeting, "First item", false, null);
        MvcResult result = mvc.perform(post("/meetings/" + meeting.id() + "/agenda/new").with(csrf())
                .with(users.as("mstenton")).param("number", "1").param("title", "Second item")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary a[href=#number]").text())
                .isEqualTo("Item 1 is already on the agenda: choose another number");
        assertThat(page.select("#number-error").text()).contains("already on the agenda");
        assertThat(data.count("meeting_agenda_item", meeting.id())).isEqualTo(1);
    }

    @Test
    void anExemptItemWithoutAReasonIsRefusedAndNothingIsSaved() throws Exception {
        Meeting meeting = data.pastMeeting(data.leedsBody("Exempt group"));
        MvcResult noReason = mvc.perform(post("/meetings/" + meeting.id() + "/agenda/new").with(csrf())
                .with(users.as("mstenton")).param("title", "Private item").param("exempt", "true")).andReturn();
        assertThat(Jsoup.parse(noReason.getResponse().getContentAsString())
                .select(".govuk-error-summary a[href=#exemptReason]").text()).startsWith("Enter why the item is exempt");
        MvcResult control = mvc.perform(post("/meetings/" + meeting.id() + "/agenda/new").with(csrf())
                .with(users.as("mstenton")).param("title", "Item").param("minutes", "Bell \u0007 rang")).andReturn();
        assertThat(Jsoup.parse(control.getResponse().getContentAsString())
                .select(".govuk-error-summary a[href=#minutes]").text()).isEqualTo("Minutes contains a control character, which cannot be stored: remove it");
        assertThat(data.count("meeting_agenda_item", meeting.id())).isZero();
    }

    @Test
    void minutesAndATitleWithAngleBracketsAreSavedAsTypedAndShownEscaped() throws Exception {
        Meeting meeting = data.pastMeeting(data.leedsBody("Markup group"));
        String title = "<b>Incidents</b> down to <5 a week";
        String minutes = "<script>alert(1)</script>\nFewer than <5 incidents a week & \"falling\"";
        MvcResult saved = mvc.perform(post("/meetings/" + meeting.id() + "/agenda/new").with(csrf())
                .with(users.as("mstenton")).param("title", title).param("minutes", minutes)).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + meeting.id() + "#agenda");
        assertThat(jdbc.sql("select title || '|' || minutes from meeting_agenda_item where meeting_id = ?")
                .param(meeting.id()).query(String.class).single()).isEqualTo(title + "|" + minutes);

        MvcResult shown = mvc.perform(get("/meetings/" + meeting.id()).with(users.as("ene.homes"))).andReturn();
        String html = shown.getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select(".saferhub-minutes").getFirst().wholeText()).isEqualTo(minutes);
        assertThat(page.text()).contains("Item 1: " + title);
        assertThat(page.select("script:containsData(alert(1)), main b:contains(Incidents)")).isEmpty();
        assertThat(html).doesNotContain("<script>alert(1)", "<b>Incidents")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;Incidents&lt;/b&gt; down to &lt;5");
    }

    @Test
    void aPaperIsAddedWithItsLinkAndALinkThatIsNotAWebAddressIsRefused() throws Exception {
        Meeting meeting = data.pastMeeting(data.leedsBody("Papers group"));
        AgendaItem item = data.item(meeting, "Budget", false, null);
        String url = "/meetings/" + meeting.id() + "/papers/new";
        assertThat(page(url, "mstenton").select("select[name=agendaItemId] option").eachText())
                .contains("Item 1: Budget");
        MvcResult bad = mvc.perform(post(url).with(csrf()).with(users.as("mstenton")).param("title", "Budget report")
                .param("link", "javascript:alert(1)")).andReturn();
        Document page = Jsoup.parse(bad.getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary a[href=#link]").text()).contains("https://");
        assertThat(data.count("meeting_paper", meeting.id())).isZero();

        MvcResult good = mvc.perform(post(url).with(csrf()).with(users.as("mstenton")).param("title", "Budget report")
                .param("link", "https://example.org/budget.pdf").param("agendaItemId", item.id().toString()))
                .andReturn();
        assertThat(good.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + meeting.id() + "#papers");
        assertThat(page("/meetings/" + meeting.id(), "ene.homes").select("a[href=https://example.org/budget.pdf]")
                .parents().first().text()).isEqualTo("Budget report (item 1)");
    }

    @Test
    void aDecisionWithoutTextIsRefusedAndNothingIsSaved() throws Exception {
        Meeting meeting = data.pastMeeting(data.leedsBody("Decisions group"));
        String url = "/meetings/" + meeting.id() + "/decisions/new";
        MvcResult empty = mvc.perform(post(url).with(csrf()).with(users.as("mstenton")).param("text", "  "))
                .andReturn();
        Document page = Jsoup.parse(empty.getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary a[href=#text]").text()).isEqualTo("Enter the decision");
        assertThat(data.count("meeting_decision", meeting.id())).isZero();

        mvc.perform(post(url).with(csrf()).with(users.as("mstenton"))
                .param("text", "The group approves the tasking plan\nfor the spring")).andReturn();
        assertThat(data.count("meeting_decision", meeting.id())).isEqualTo(1);
        assertThat(page("/meetings/" + meeting.id(), "krowan").text())
                .contains("Decision 1: The group approves the tasking plan");
    }

    @Test
    void anActionWithoutAnOwnerIsRefusedWithTheErrorSummaryAndNothingIsSaved() throws Exception {
        Meeting meeting = data.pastMeeting(data.leedsBody("Owners group"));
        String url = "/meetings/" + meeting.id() + "/actions/new";
        MvcResult result = mvc.perform(post(url).with(csrf()).with(users.as("mstenton"))
                .param("description", "Write to the landlord").param("due.day", "1").param("due.month", "3")
                .param("due.year", "2026")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary a[href=#ownerPersonId]").text())
                .isEqualTo("Choose who owns the action: a person or an organisation");
        assertThat(page.select("#ownerPersonId")).hasSize(1);
        assertThat(page.select("textarea[name=description]").text()).isEqualTo("Write to the landlord");
        assertThat(data.count("meeting_action", meeting.id())).isZero();

        MvcResult badDate = mvc.perform(post(url).with(csrf()).with(users.as("mstenton"))
                .param("description", "Write to the landlord")
                .param("ownerPersonId", data.person("Katie Rowan").toString())
                .param("due.day", "31").param("due.month", "2").param("due.year", "2026")).andReturn();
        assertThat(Jsoup.parse(badDate.getResponse().getContentAsString())
                .select(".govuk-error-summary a[href=\"#due.day\"]").text()).contains("real date");
        assertThat(data.count("meeting_action", meeting.id())).isZero();
    }

    @Test
    void aCoordinatorRecordsAnActionOwnedByAPersonAndItIsAudited() throws Exception {
        Meeting meeting = data.pastMeeting(data.leedsBody("Actions group"));
        MvcResult result = mvc.perform(post("/meetings/" + meeting.id() + "/actions/new").with(csrf())
                .with(users.as("mstenton")).param("description", "Write to the landlord")
                .param("ownerPersonId", data.person("Katie Rowan").toString())
                .param("due.day", "1").param("due.month", "3").param("due.year", "2027")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + meeting.id() + "#actions");
        UUID action = jdbc.sql("select id from meeting_action where meeting_id = ?").param(meeting.id())
                .query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CREATE' and record_type = "
                + "'meeting-action' and record_id = ?").param(action.toString()).query(Long.class).single())
                .isEqualTo(1);
        var row = page("/meetings/" + meeting.id(), "ene.homes")
                .select("table:has(caption:contains(Actions agreed)) tbody tr").getFirst();
        assertThat(row.text()).contains("Write to the landlord", "Katie Rowan", "1 Mar 2027", "Open")
                .doesNotContain("Overdue");
    }
}
