package uk.saferhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The meetings page shows any period from 1900 to 2100, given as day, month and year like every other date: the
 * demonstration's meetings of 2011 are as near as next week's, and a period that cannot be read is said so plainly.
 */
@SaferHubTest
class MeetingsPeriodTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void themeetingsOf2011CanBeShown() throws Exception {
        Document page = page("/meetings?from.day=1&from.month=11&from.year=2011&to.day=30&to.month=11&to.year=2011",
                "mstenton", 200);
        assertThat(page.select("h2").eachText()).contains("Meetings from 1 November 2011 to 30 November 2011");
        assertThat(page.select("table").text()).contains("Safer Leeds Executive", "Thursday 3 November 2011");
        assertThat(page.select("#from\\.year").val()).isEqualTo("2011");
    }

    @Test
    void theEarlierAndLaterPeriodsAreAsLongAsTheOneShown() throws Exception {
        Document page = page("/meetings?from.day=1&from.month=11&from.year=2011&to.day=30&to.month=11&to.year=2011",
                "mstenton", 200);
        assertThat(page.select("a[rel=prev]").attr("href"))
                .isEqualTo("/meetings?from.day=2&from.month=10&from.year=2011&to.day=31&to.month=10&to.year=2011");
        assertThat(page.select("a[rel=next]").attr("href"))
                .isEqualTo("/meetings?from.day=1&from.month=12&from.year=2011&to.day=30&to.month=12&to.year=2011");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedBesideTheEndDate() throws Exception {
        Document page = page("/meetings?from.day=1&from.month=11&from.year=2011&to.day=1&to.month=10&to.year=2011",
                "mstenton", 200);
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a[href=\"#to.day\"]").text())
                .isEqualTo("The date to show meetings to must be the same as or after the date to show them from");
        assertThat(page.select("table")).isEmpty();
    }

    @Test
    void aDateThatIsNotRealIsSaidPlainly() throws Exception {
        Document page = page("/meetings?from.day=31&from.month=2&from.year=2012", "mstenton", 200);
        assertThat(page.select(".govuk-error-summary a[href=\"#from.day\"]").text())
                .isEqualTo("The date to show meetings from must be a real date");
        Document words = page("/meetings?from.day=first&from.month=11&from.year=2011&body=not-a-body", "mstenton",
                200);
        assertThat(words.select(".govuk-error-summary").text()).doesNotContain("java", "Failed to convert");
    }

    @Test
    void leftOutTheDatesShowTheComingEightWeeks() throws Exception {
        Document page = page("/meetings", "ene.homes", 200);
        assertThat(page.select(".govuk-error-summary")).isEmpty();
        assertThat(page.select("h2").first().text()).startsWith("Meetings from ");
    }

    @Test
    void aBodysPastMeetingsCanBeReadYearByYear() throws Exception {
        String body = "/partnership/bodies/" + jdbc.sql("select id from partnership_body where name = 'Safer Leeds Executive'")
                .query(java.util.UUID.class).single() + "/meetings";
        Document recent = page(body, "mstenton", 200);
        assertThat(recent.select("nav a").eachText()).contains("The last twelve months", "2011");
        assertThat(recent.text()).doesNotContain("Thursday 3 November 2011");
        Document year = page(body + "?year=2011", "mstenton", 200);
        assertThat(year.select("h2#past").text()).isEqualTo("Past meetings in 2011");
        assertThat(year.select("table caption").eachText()).contains("Meetings in 2011, latest first");
        assertThat(year.text()).contains("Thursday 3 November 2011");
        assertThat(year.select("nav[aria-label=\"Past meetings by year\"] a[aria-current=page]").text())
                .isEqualTo("2011");
        assertThat(page(body + "?year=1850", "mstenton", 200).select("h2#past").text()).isEqualTo("Past meetings");
        assertThat(mvc.perform(get(body + "?year=2011").with(users.as("herts.coordinator"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anonymousReadersAreSentToSignIn() throws Exception {
        MvcResult result = mvc.perform(get("/meetings")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    private Document page(String url, String user, int status) throws Exception {
        MvcResult result = mvc.perform(get(url).with(users.as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
