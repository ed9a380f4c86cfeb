package uk.saferhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.directory.Directory;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The form kit seen through one form, the action of a meeting: the date rule's GOV.UK messages against the box at
 * fault, a value of the wrong type shown back with a plain message, the title marked "Error:", the values kept, and
 * nothing saved; then a good post saved with its success banner.
 */
@SaferHubTest
class ActionFormKitTests {

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
    Meeting meeting;

    @BeforeEach
    void setUp() {
        data = new RecordTestData(editor, scheduler, recorder, directory, jdbc);
        meeting = data.pastMeeting(data.leedsBody("Kit group"));
    }

    @Test
    void aDateWithoutAMonthIsShownAgainstTheMonthBox() throws Exception {
        Document page = refused(action().param("due.day", "27").param("due.year", "2026"));
        assertThat(page.select(".govuk-error-summary a[href=\"#due.month\"]").text())
                .isEqualTo("The date the action is due must include a month");
        assertThat(page.select("input.govuk-input--error").eachAttr("id")).containsExactly("due.month");
        assertThat(page.select("#due-error").text()).contains("must include a month");
        assertThat(page.select("#due\\.day").val()).isEqualTo("27");
    }

    @Test
    void aDateThatIsNotRealMarksAllThreeBoxes() throws Exception {
        Document page = refused(action().param("due.day", "31").param("due.month", "2").param("due.year", "2026"));
        assertThat(page.select(".govuk-error-summary a[href=\"#due.day\"]").text())
                .isEqualTo("The date the action is due must be a real date");
        assertThat(page.select("input.govuk-input--error").eachAttr("id"))
                .containsExactly("due.day", "due.month", "due.year");
    }

    @Test
    void aMistypedYearIsCaught() throws Exception {
        Document page = refused(action().param("due.day", "1").param("due.month", "3").param("due.year", "2206"));
        assertThat(page.select(".govuk-error-summary a[href=\"#due.year\"]").text())
                .isEqualTo("The year of the date the action is due must be between 1900 and 2100");
    }

    @Test
    void noDateAtAllAsksForIt() throws Exception {
        Document page = refused(action());
        assertThat(page.select(".govuk-error-summary a[href=\"#due.day\"]").text())
                .isEqualTo("Enter the date the action is due");
    }

    @Test
    void anOwnerThatIsNotAnIdIsAPlainMessageAndTheRestIsKept() throws Exception {
        Document page = refused(action().param("ownerPersonId", "Katie Rowan")
                .param("due.day", "1").param("due.month", "3").param("due.year", "2027"));
        assertThat(page.select(".govuk-error-summary a[href=\"#ownerPersonId\"]").text())
                .isEqualTo("Choose the owner from the lists");
        assertThat(page.select("textarea[name=description]").text()).isEqualTo("Write to the landlord");
        assertThat(page.select("#due\\.year").val()).isEqualTo("2027");
        assertThat(page.text()).doesNotContain("java.", "UUID", "Failed to convert");
    }

    @Test
    void aChoiceThatIsNotAnIdDoesNotHideTheFormsOwnRules() throws Exception {
        Document page = refused(action().param("agendaItemId", "the first item")
                .param("due.day", "1").param("due.month", "3").param("due.year", "2027"));
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#agendaItemId", "#ownerPersonId");
        assertThat(page.select(".govuk-error-summary a[href=\"#ownerPersonId\"]").text())
                .isEqualTo("Choose who owns the action: a person or an organisation");
    }

    @Test
    void anActionCannotFallDueBeforeItsMeeting() throws Exception {
        java.time.LocalDate day = meeting.start().toLocalDate().minusDays(1);
        Document page = refused(action().param("ownerPersonId", data.person("Katie Rowan").toString())
                .param("due.day", String.valueOf(day.getDayOfMonth()))
                .param("due.month", String.valueOf(day.getMonthValue())).param("due.year", String.valueOf(day.getYear())));
        assertThat(page.select(".govuk-error-summary a[href=\"#due.day\"]").text())
                .isEqualTo("The date the action is due must be the same as or after the meeting, "
                        + meeting.start().toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern(
                                "d MMMM uuuu", java.util.Locale.UK)));
    }

    @Test
    void aGoodActionIsSavedAndTheBannerSaysSo() throws Exception {
        MvcResult saved = mvc.perform(action().param("ownerPersonId", data.person("Katie Rowan").toString())
                .param("due.day", "1").param("due.month", "3").param("due.year", "2027")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + meeting.id() + "#actions");
        assertThat(saved.getFlashMap().get("success")).isEqualTo("Action 1 recorded");
        assertThat(data.count("meeting_action", meeting.id())).isEqualTo(1);
    }

    private MockHttpServletRequestBuilder action() {
        return post("/meetings/" + meeting.id() + "/actions/new").with(csrf()).with(users.as("mstenton"))
                .param("description", "Write to the landlord");
    }

    private Document refused(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Error: Record an action");
        assertThat(data.count("meeting_action", meeting.id())).isZero();
        return page;
    }
}
