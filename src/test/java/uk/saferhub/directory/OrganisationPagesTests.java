package uk.saferhub.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class OrganisationPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    DirectoryTestData data;

    @BeforeEach
    void setUp() {
        data = new DirectoryTestData(jdbc, directory, users);
    }

    @Test
    void anAnonymousVisitorIsSentToSignInFromEveryOrganisationPage() throws Exception {
        UUID huntingdonshire = data.organisationId("Huntingdonshire District Council");
        for (String path : new String[] {"/directory/organisations", "/directory/organisations.csv",
                "/directory/organisations/" + huntingdonshire}) {
            mvc.perform(get(path))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void theDirectoryIsInTheNavigationForEveryoneSignedIn() throws Exception {
        Document page = page("/directory/organisations", "ene.homes");
        assertThat(page.select(".govuk-service-navigation__item--active a").text()).isEqualTo("Directory");
    }

    @Test
    void aLeedsCoordinatorFindsTheLeedsPartnersButNotAHertfordshireTownCouncil() throws Exception {
        assertThat(page("/directory/organisations?q=west%20yorkshire", "mstenton").select("table td a").eachText())
                .contains("West Yorkshire Police", "West Yorkshire Police Leeds District");
        Document harpenden = page("/directory/organisations?q=harpenden", "mstenton");
        assertThat(harpenden.select("table")).isEmpty();
        assertThat(harpenden.text()).contains("No organisations match your search");
    }

    @Test
    void theListIsFilteredByTypeAndShowsEachParent() throws Exception {
        Document page = page("/directory/organisations?type=NEIGHBOURHOOD_POLICING_TEAM", "krowan");
        assertThat(page.select("table tbody tr")).allSatisfy(row ->
                assertThat(row.select("td").get(1).text()).isEqualTo("Neighbourhood policing team"));
        assertThat(page.select("table tbody tr").eachText())
                .contains("East North East Leeds Neighbourhood Policing Team Neighbourhood policing team "
                        + "West Yorkshire Police Leeds District");
    }

    @Test
    void anUnknownTypeOrPageNumberOnTheListIsIgnoredRatherThanAnError() throws Exception {
        mvc.perform(get("/directory/organisations?type=NOPE&page=abc").with(users.as("krowan")))
                .andExpect(status().isOk());
    }

    @Test
    void theListIsPagedTwentyFiveAtATime() throws Exception {
        String prefix = DirectoryTestData.unique("Paging parish");
        for (int i = 0; i < 26; i++) {
            data.organisationAddedBy("herts.coordinator", prefix + " " + (100 + i), OrganisationType.PARISH_COUNCIL,
                    null);
        }
        String search = "/directory/organisations?q=" + prefix.replace(" ", "%20");
        Document first = page(search, "herts.coordinator");
        assertThat(first.select("table tbody tr")).hasSize(25);
        assertThat(first.select(".govuk-pagination__next a").attr("href")).contains("page=2").contains("q=");
        assertThat(first.text()).contains("26 organisations");
        Document second = page(search + "&page=2", "herts.coordinator");
        assertThat(second.select("table tbody tr")).hasSize(1);
        assertThat(second.select(".govuk-pagination__item--current").text()).isEqualTo("2");
        assertThat(second.select(".govuk-pagination__prev a")).hasSize(1);
        Document beyond = page(search + "&page=99", "herts.coordinator");
        assertThat(beyond.select(".govuk-pagination__item--current").text()).isEqualTo("2");
    }

    @Test
    void anOrganisationPageShowsItsDetailsItsPeopleAndItsSubOrganisations() throws Exception {
        UUID huntingdonshire = data.organisationId("Huntingdonshire District Council");
        Document page = page("/directory/organisations/" + huntingdonshire, "ewilson");
        assertThat(page.select("h1").text()).isEqualTo("Huntingdonshire District Council");
        assertThat(page.select(".govuk-summary-list").text())
                .contains("District council", "Cambridgeshire County Council", "01480 388388",
                        "https://www.huntingdonshire.gov.uk");
        assertThat(page.select("table").get(0).text()).contains("Mrs E Wilson", "Director of Operational Services");
        assertThat(page.select("#sub-organisations + .saferhub-table-scroll table").text()).contains("St Neots Town Council");
    }

    @Test
    void aLeedsCoordinatorIsToldHarpendenTownCouncilDoesNotExist() throws Exception {
        UUID harpenden = data.organisationId("Harpenden Town Council");
        mvc.perform(get("/directory/organisations/" + harpenden).with(users.as("mstenton")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Harpenden"))));
        assertThat(data.auditEvents("ACCESS_REFUSED", "organisation", harpenden)).isPositive();
    }

    @Test
    void aHertfordshireReaderSeesHarpendenTownCouncil() throws Exception {
        UUID harpenden = data.organisationId("Harpenden Town Council");
        assertThat(page("/directory/organisations/" + harpenden, "harpenden.clerk").select("h1").text())
                .isEqualTo("Harpenden Town Council");
    }

    @Test
    void anOrganisationThatIsNotThereOrAMalformedIdAnswersNotFound() throws Exception {
        mvc.perform(get("/directory/organisations/" + UUID.randomUUID()).with(users.as("ewilson")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/directory/organisations/not-an-id").with(users.as("ewilson")))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyACoordinatorIsOfferedTheAddAndChangeButtons() throws Exception {
        UUID huntingdonshire = data.organisationId("Huntingdonshire District Council");
        assertThat(page("/directory/organisations", "ewilson").text()).contains("Add an organisation");
        assertThat(page("/directory/organisations", "admin").text()).contains("Add an organisation");
        assertThat(page("/directory/organisations", "cambs.analyst").text()).doesNotContain("Add an organisation");
        assertThat(page("/directory/organisations/" + huntingdonshire, "cambs.analyst").text())
                .doesNotContain("Change organisation");
    }

    @Test
    void theCsvExportHasAHeaderRowAndOnlyTheOrganisationsTheReaderMaySee() throws Exception {
        String csv = mvc.perform(get("/directory/organisations.csv?q=council").with(users.as("mstenton")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("organisations.csv")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst()).contains("Name,Short name,Type,Parent,Website,Telephone,E-mail");
        assertThat(csv).contains("Leeds City Council").doesNotContain("Harpenden").doesNotContain("Huntingdonshire");
    }

    @Test
    void aCsvExportIsAuditedWithItsFilter() throws Exception {
        String search = DirectoryTestData.unique("audited export");
        mvc.perform(get("/directory/organisations.csv").param("q", search).param("type", "TOWN_COUNCIL")
                        .with(users.as("ewilson")))
                .andExpect(status().isOk());
        String summary = jdbc.sql("""
                        select summary from audit_event
                         where action = 'EXPORT' and record_type = 'organisation' and actor_name = 'Mrs E Wilson'
                         order by seq desc limit 1""")
                .query(String.class).single();
        assertThat(summary).contains("Exported 0 organisations", search, "Town council");
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsExportedAsText() throws Exception {
        String name = DirectoryTestData.unique("=HYPERLINK(\"http://evil.example\",\"click\")");
        data.organisationAddedBy("ewilson", name, OrganisationType.OTHER, null);
        String csv = mvc.perform(get("/directory/organisations.csv").param("q", name).with(users.as("ewilson")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("\"'=HYPERLINK(").doesNotContain("\n\"=HYPERLINK").doesNotContain("\n=HYPERLINK");
    }

    private Document page(String path, String username) throws Exception {
        return Jsoup.parse(mvc.perform(get(URI.create(path)).with(users.as(username)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
