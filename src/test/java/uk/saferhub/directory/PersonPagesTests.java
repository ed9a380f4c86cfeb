package uk.saferhub.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class PersonPagesTests {

    private static final String ENE_INSPECTOR = "East North East NPT Inspector";

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
    void anAnonymousVisitorIsSentToSignInFromEveryPeoplePage() throws Exception {
        UUID stenton = data.personId("Martyn Stenton");
        for (String path : new String[] {"/directory/people", "/directory/people.csv", "/directory/people/" + stenton,
                "/directory/contacts"}) {
            mvc.perform(get(path))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void aReaderWhoseOrganisationHasNoSeatBesideHimDoesNotSeeTheAgencyInspectorOfAPolicingTeam() throws Exception {
        // Safer Leeds sits on the tasking group he co-chairs, so krowan sees him (ChairVisibilityTests); the ALMO does not
        List<String> names = page("/directory/people?q=inspector", "ene.homes").select("table td a").eachText();
        assertThat(names).doesNotContain(ENE_INSPECTOR);
    }

    @Test
    void theInspectorsOwnTeamSeesTheAgencyInspector() throws Exception {
        List<String> names = page("/directory/people?q=inspector", "ene.inspector").select("table td a").eachText();
        assertThat(names).contains(ENE_INSPECTOR).doesNotContain("West North West NPT Inspector");
    }

    @Test
    void peopleAreFoundByJobTitleOrOrganisation() throws Exception {
        assertThat(page("/directory/people?q=regulatory%20team", "krowan").select("table td a").eachText())
                .contains("East North East Regulatory Team Supervisor");
        assertThat(page("/directory/people?q=safer%20leeds", "krowan").select("table td a").eachText())
                .contains("Martyn Stenton", "Katie Rowan");
        assertThat(page("/directory/people?q=safer%20leeds", "ewilson").text()).contains("Nobody matches");
    }

    @Test
    void aPersonPageShowsTheirDetailsAndContactRoles() throws Exception {
        UUID wilson = data.personId("Mrs E Wilson");
        Document page = page("/directory/people/" + wilson, "central.sergeant");
        assertThat(page.select("h1").text()).isEqualTo("Mrs E Wilson");
        assertThat(page.select(".govuk-summary-list").text())
                .contains("Huntingdonshire District Council", "Director of Operational Services", "01480 388301");
        assertThat(page.select("table").text())
                .contains("Contact Officer, PCSO Governance Protocol", "Huntingdonshire District Council");
    }

    @Test
    void aPersonOutsideTheReadersPartnershipAnswersNotFound() throws Exception {
        UUID stenton = data.personId("Martyn Stenton");
        mvc.perform(get("/directory/people/" + stenton).with(users.as("ewilson")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/directory/people/not-a-uuid").with(users.as("ewilson")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAgencyInspectorAnswersNotFoundOutsideTheirTeamAndTheirTeamsViewIsAudited() throws Exception {
        UUID inspector = data.personId(ENE_INSPECTOR);
        mvc.perform(get("/directory/people/" + inspector).with(users.as("ewilson")))
                .andExpect(status().isNotFound());
        // the ALMO has no seat on the tasking group he co-chairs (Safer Leeds has, so krowan sees him: ChairVisibilityTests)
        mvc.perform(get("/directory/people/" + inspector).with(users.as("ene.homes")))
                .andExpect(status().isNotFound());
        long viewsBefore = data.auditEvents("VIEW", "person", inspector);
        assertThat(page("/directory/people/" + inspector, "ene.inspector").select("h1").text())
                .isEqualTo(ENE_INSPECTOR);
        assertThat(data.auditEvents("VIEW", "person", inspector)).isEqualTo(viewsBefore + 1);
        assertThat(data.auditEvents("ACCESS_REFUSED", "person", inspector)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theCsvExportHasAHeaderRowOnlyVisiblePeopleAndIsAudited() throws Exception {
        URI export = URI.create("/directory/people.csv?q=east%20north%20east");
        String csv = mvc.perform(get(export).with(users.as("ene.homes")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst())
                .contains("Name,Job title,Organisation,E-mail,Telephone,Handling level,Contact roles");
        assertThat(csv).contains("East North East Regulatory Team Supervisor").doesNotContain(ENE_INSPECTOR);
        String summary = jdbc.sql("""
                        select summary from audit_event
                         where action = 'EXPORT' and record_type = 'person' and actor_name = 'East North East Homes Leeds officer'
                         order by seq desc limit 1""")
                .query(String.class).single();
        assertThat(summary).contains("search \"east north east\"");
    }

    @Test
    void aPersonsFormulaLikePhoneOrNameIsExportedAsText() throws Exception {
        String name = DirectoryTestData.unique("@SUM(1+1) Formula");
        directory.createPerson(users.actor("ewilson"), new PersonDetails(
                data.organisationId("Huntingdonshire District Council"), name, "-2+3", null, "+44 1480 388388",
                HandlingLevel.PARTNERSHIP, List.of()));
        String csv = mvc.perform(get("/directory/people.csv").param("q", name).with(users.as("ewilson")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .startsWith("'@SUM(1+1) Formula")
                .contains(",'-2+3,", ",'+44 1480 388388,");
    }

    @Test
    void contactsByAreaListTheRolesPerAreaOfThePeopleTheReaderMaySee() throws Exception {
        Document page = page("/directory/contacts", "krowan");
        assertThat(page.select("h2").eachText()).contains("East North East", "West North West", "South East");
        var eastNorthEast = page.select("h2:containsOwn(East North East) + .saferhub-table-scroll table");
        assertThat(eastNorthEast.text()).contains("Area Community Safety Coordinator", "Regulatory team supervisor")
                .as("the police co-chair of the tasking group Safer Leeds sits on").contains(ENE_INSPECTOR);
        assertThat(page("/directory/contacts", "ene.homes")
                .select("h2:containsOwn(East North East) + .saferhub-table-scroll table").text())
                .contains("Regulatory team supervisor").doesNotContain(ENE_INSPECTOR);
        assertThat(page("/directory/contacts", "ene.inspector")
                .select("h2:containsOwn(East North East) + .saferhub-table-scroll table").text())
                .contains("Police contact", ENE_INSPECTOR);
        assertThat(page("/directory/contacts", "ewilson").select("h2").eachText())
                .doesNotContain("East North East");
    }

    private Document page(String path, String username) throws Exception {
        return Jsoup.parse(mvc.perform(get(URI.create(path)).with(users.as(username)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
