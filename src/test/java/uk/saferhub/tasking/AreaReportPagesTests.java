package uk.saferhub.tasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingScheduler;
import uk.saferhub.meetings.NewMeeting;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The report pages: the East North East Area Committee's tailored report read by its partners (page and PDF) and by
 * no one else, issued by those who may change the committee, and attached to its coming meeting as a paper whose link
 * opens the issued report's PDF.
 */
@SaferHubTest
class AreaReportPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Partnership partnership;

    @Autowired
    MeetingScheduler scheduler;

    @Autowired
    JdbcClient jdbc;

    @Test
    void partnersReadTheReportAndItsPdfAndNoOneElse() throws Exception {
        Body committee = body("East North East Area Committee");
        String page = "/tasking/reports/" + committee.id().value();
        AccessMatrix.forPage(mvc, "/tasking/reports").anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("panel.member")).okFor(users.as("mstenton"), users.as("herts.coordinator"));
        for (String address : new String[] {page, page + "/report.pdf"}) {
            AccessMatrix.forPage(mvc, address).anonymousRedirectsToSignIn().forbiddenFor(users.as("panel.member"))
                    .notFoundFor(users.as("herts.coordinator")).okFor(users.as("mstenton"), users.as("ene.homes"));
        }
        Document shown = Jsoup.parse(mvc.perform(get(page).with(users.as("mstenton"))).andReturn().getResponse()
                .getContentAsString());
        assertThat(shown.select("h1").text()).isEqualTo("Tailored report to East North East Area Committee");
        assertThat(shown.select("h2").eachText()).contains("East North East local tasking group");
        byte[] pdf = mvc.perform(get(page + "/report.pdf").with(users.as("mstenton"))).andReturn().getResponse()
                .getContentAsByteArray();
        try (var printed = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(printed).replaceAll("\\s+", " "))
                    .contains("Tailored report to East North East Area Committee", "East North East local tasking group");
        }
        assertThat(Jsoup.parse(mvc.perform(get("/tasking/reports").with(users.as("herts.coordinator"))).andReturn()
                .getResponse().getContentAsString()).text()).doesNotContain("East North East Area Committee");
    }

    @Test
    void theReportIsIssuedAndAttachedToTheCommitteesComingMeetingAsAPaper() throws Exception {
        // The South East committee: the other tests read and issue the East and West committees' reports.
        Body committee = body("South East Area Committee");
        String page = "/tasking/reports/" + committee.id().value();
        AccessMatrix.forPage(mvc, () -> post(page + "/issue").with(csrf())).anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("panel.member"));
        MockHttpServletResponse issued = mvc.perform(post(page + "/issue").with(csrf()).with(users.as("mstenton"))
                .param("to.day", "27").param("to.month", "3").param("to.year", "2012")).andReturn().getResponse();
        assertThat(issued.getRedirectedUrl()).as(issued.getContentAsString()).startsWith(page + "/issued/");
        String issuedPage = issued.getRedirectedUrl();

        Document refused = Jsoup.parse(mvc.perform(post(page + "/issue").with(csrf()).with(users.as("mstenton"))
                .param("to.day", "1").param("to.month", "1").param("to.year", "2012")).andReturn().getResponse()
                .getContentAsString());
        assertThat(refused.select(".govuk-error-summary").text()).contains("must be on or after");

        LocalDate day = LocalDate.now().plusWeeks(3);
        Meeting meeting = scheduler.schedule(null, committee.id(), new NewMeeting(null, "Community safety update",
                day.atTime(18, 0), day.atTime(20, 0), null));
        MockHttpServletResponse attached = mvc.perform(post(issuedPage + "/attach").with(csrf())
                .with(users.as("mstenton")).param("meetingId", meeting.id().toString())).andReturn().getResponse();
        assertThat(attached.getRedirectedUrl()).isEqualTo("/meetings/" + meeting.id());
        String link = jdbc.sql("select link from meeting_paper where meeting_id = ?").param(meeting.id())
                .query(String.class).single();
        assertThat(link).endsWith(issuedPage + "/report.pdf");
        assertThat(mvc.perform(get(issuedPage + "/report.pdf").with(users.as("krowan"))).andReturn().getResponse()
                .getContentType()).isEqualTo("application/pdf");
        AccessMatrix.forPage(mvc, issuedPage).notFoundFor(users.as("herts.coordinator"))
                .okFor(users.as("mstenton"), users.as("krowan"));
    }

    private Body body(String name) {
        return partnership.bodies().stream().filter(body -> body.name().equals(name)).findFirst().orElseThrow();
    }
}
