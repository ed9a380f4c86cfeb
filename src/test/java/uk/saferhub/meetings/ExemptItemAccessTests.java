package uk.saferhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.audit.AuditRecord;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.directory.Directory;
import uk.saferhub.meetings.internal.AgendaItem;
import uk.saferhub.meetings.internal.MeetingAction;
import uk.saferhub.meetings.internal.NewAction;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/** Exempt agenda items are seen only by the body's members, on the pages and in the API; their views are audited. */
@SaferHubTest
class ExemptItemAccessTests {

    private static final String SECRET_TITLE = "Complaint about a named resident";
    private static final String SECRET_MINUTES = "The resident at number 12 was warned";
    private static final String SECRET_DECISION = "Refer the resident to the ASB panel";
    private static final String SECRET_ACTION = "Serve a community protection warning";
    private static final String SECRET_PAPER = "Case file summary";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    PartnershipEditor editor;

    @Autowired
    MeetingScheduler scheduler;

    @Autowired
    MeetingRecorder recorder;

    @Autowired
    Directory directory;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    RecordTestData data;
    Body body;
    Meeting meeting;
    AgendaItem exempt;
    MeetingAction secretAction;

    @BeforeEach
    void setUp() {
        data = new RecordTestData(editor, scheduler, recorder, directory, jdbc);
        body = data.leedsBody("Exempt business group");
        data.seat(body, "Katie Rowan");
        meeting = data.pastMeeting(body);
        data.item(meeting, "Public update on the tasking cycle", false, "Open minutes");
        exempt = data.item(meeting, SECRET_TITLE, true, SECRET_MINUTES);
        recorder.recordDecision(null, meeting.id(), exempt.id(), SECRET_DECISION);
        recorder.addPaper(null, meeting.id(), exempt.id(), SECRET_PAPER, "https://example.org/case.pdf");
        secretAction = recorder.recordAction(null, meeting.id(), new NewAction(SECRET_ACTION, null,
                data.organisation("Safer Leeds"), LocalDate.of(2026, 2, 1), exempt.id()));
    }

    String html(String url, String user) throws Exception {
        MvcResult result = mvc.perform(get(url).with(users.as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url + " as " + user).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    @Test
    void aMemberOfTheBodySeesTheExemptItemInFullAndTheViewIsAudited() throws Exception {
        Document page = Jsoup.parse(html("/meetings/" + meeting.id(), "krowan"));
        assertThat(page.text()).contains("Item 2: " + SECRET_TITLE, "Exempt", SECRET_MINUTES,
                "Exempt: Schedule 12A paragraph 1", SECRET_DECISION, SECRET_ACTION, SECRET_PAPER);
        assertThat(audit.historyOf("meeting-exempt-items", meeting.id().toString()))
                .extracting(AuditRecord::action, AuditRecord::actorId)
                .contains(org.assertj.core.groups.Tuple.tuple("VIEW", users.actor("krowan").id()));
        assertThat(html("/actions?body=" + body.id(), "krowan")).contains(SECRET_ACTION);
        AccessMatrix.forPage(mvc, "/actions/" + secretAction.id()).okFor(users.as("krowan"));
    }

    @Test
    void aSignedInPartnerWhoIsNotAMemberSeesOnlyThatAnItemIsExempt() throws Exception {
        for (String user : new String[] {"ene.homes", "mstenton", "leeds.admin"}) {
            String html = html("/meetings/" + meeting.id(), user);
            Document page = Jsoup.parse(html);
            assertThat(page.text()).as(user).contains("Item 1: Public update on the tasking cycle", "Open minutes",
                    "Item 2: Exempt item", "Only members of " + body.name() + " can see it.");
            assertThat(html).as(user).doesNotContain(SECRET_TITLE, SECRET_MINUTES, SECRET_DECISION, SECRET_ACTION,
                    SECRET_PAPER, "case.pdf", "Schedule 12A");
            assertThat(html("/actions?body=" + body.id(), user)).as(user).doesNotContain(SECRET_ACTION);
        }
        AccessMatrix.forPage(mvc, "/actions/" + secretAction.id())
                .notFoundFor(users.as("ene.homes"), users.as("mstenton"));
        assertThat(audit.historyOf("meeting-exempt-items", meeting.id().toString()))
                .extracting(AuditRecord::actorId)
                .doesNotContain(users.actor("ene.homes").id(), users.actor("mstenton").id());
    }

    @Test
    void theApiWithholdsTheExemptItemFromACallerWhoIsNotAMember() throws Exception {
        MvcResult result = AccessMatrix.forApi(mvc, "/api/v1/meetings/" + meeting.id())
                .as(apiKeys.of("leeds.admin", Role.READER));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String json = result.getResponse().getContentAsString();
        assertThat(json).contains("Public update on the tasking cycle", "\"exemptItemsWithheld\":true",
                "Exempt item");
        assertThat(json).doesNotContain(SECRET_TITLE, SECRET_MINUTES, SECRET_DECISION, SECRET_ACTION, SECRET_PAPER);
    }

    @Test
    void aCoordinatorWhoIsNotAMemberCannotOpenTheExemptItemToChangeIt() throws Exception {
        String url = "/meetings/" + meeting.id() + "/agenda/" + exempt.id() + "/edit";
        AccessMatrix.forPage(mvc, url).notFoundFor(users.as("mstenton"));
        data.seat(body, "Martyn Stenton");
        Document form = Jsoup.parse(html(url, "mstenton"));
        assertThat(form.select("input[name=title]").val()).isEqualTo(SECRET_TITLE);
        assertThat(form.select("input[name=exempt]").hasAttr("checked")).isTrue();
        assertThat(form.select("select[name=agendaItemId]")).isEmpty();
        assertThat(Jsoup.parse(html("/meetings/" + meeting.id() + "/decisions/new", "mstenton"))
                .select("select[name=agendaItemId] option").eachText()).contains("Item 2: " + SECRET_TITLE);
    }
}
