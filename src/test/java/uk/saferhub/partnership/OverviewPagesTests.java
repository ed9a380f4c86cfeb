package uk.saferhub.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.directory.Directory;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class OverviewPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Directory directory;

    Document page(String user, String url) throws Exception {
        return Jsoup.parse(AccessMatrix.forPage(mvc, url).as(users.as(user)).getResponse().getContentAsString());
    }

    @Test
    void theOverviewPagesAreForReadersOfThePartnership() throws Exception {
        for (String url : new String[] {"/partnership/themes", "/partnership/governance",
                "/partnership/people-on-several-bodies"}) {
            AccessMatrix.forPage(mvc, url)
                    .anonymousRedirectsToSignIn()
                    .okFor(users.as("panel.member"))
                    .okFor(users.as("cambs.analyst"), users.as("mstenton"));
        }
    }

    @Test
    void domesticViolenceIsFlaggedAsHavingNoAgreedLead() throws Exception {
        Document page = page("cambs.analyst", "/partnership/themes");
        var row = page.select("tr:has(th:containsOwn(Domestic violence))").first();
        assertThat(row).isNotNull();
        assertThat(row.text()).contains("No lead agreed", "Police and Crime Partnership Working Group",
                "Domestic Violence theme group");
        var roadSafety = page.select("tr:has(th:containsOwn(Road safety))").first();
        assertThat(roadSafety.text()).contains("Road Safety theme group", "Resolved");
        assertThat(page.select(".govuk-warning-text").text()).contains("Domestic violence");
    }

    @Test
    void theGovernanceOverviewListsBodiesWithoutArrangementsOrOverdue() throws Exception {
        Document page = page("cambs.analyst", "/partnership/governance");
        String gaps = page.select("table:has(caption:containsOwn(lacking))").text();
        assertThat(gaps).contains("Road Safety theme group", "No governance arrangements", "Governance Group",
                "Review overdue");
    }

    @Test
    void peopleOnSeveralBodiesShowsTheDuplicationOfRoles() throws Exception {
        Document page = page("cambs.analyst", "/partnership/people-on-several-bodies");
        assertThat(page.select("tbody tr").text()).contains("Mike Davey", "Governance Group",
                "Police and Crime Partnership Working Group", "Mrs E Wilson", "Cabinet");
        assertThat(page.text()).doesNotContain("Area Community Safety Coordinator");
    }

    @Test
    void aPersonsSeatsPageListsAllTheirSeatsToTheirPartnershipOnly() throws Exception {
        var davey = directory.allPeopleUncheckedForDemoLoaders().stream().filter(p -> p.name().equals("Mike Davey")).findFirst()
                .orElseThrow();
        String url = "/partnership/people/" + davey.id() + "/seats";
        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .okFor(users.as("panel.member"))
                .notFoundFor(users.as("mstenton"))
                .okFor(users.as("cambs.analyst"));
        assertThat(page("cambs.analyst", url).select("tbody").text()).contains("Chair", "Governance Group",
                "Core member", "Police and Crime Partnership Working Group");
    }
}
