package uk.saferhub.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.workforce.internal.AttachmentRole;
import uk.saferhub.workforce.internal.Workforce;
import uk.saferhub.workforce.internal.WorkforceEditor;

@SaferHubTest
class WorkforceTeamPagesTests {

    static final String ENE = "East North East Leeds Neighbourhood Policing Team";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Workforce workforce;

    @Autowired
    WorkforceEditor editor;

    @Autowired
    Directory directory;

    @Autowired
    PlaceStore places;

    @Autowired
    JdbcClient jdbc;

    WorkforceTestData data;

    @BeforeEach
    void setUp() {
        data = new WorkforceTestData(editor, directory, places, jdbc);
    }

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void theOverviewAndTheTeamsListShowTheTeamsOfThePartnership() throws Exception {
        for (String url : new String[] {"/workforce", "/workforce/teams"}) {
            AccessMatrix.forPage(mvc, url)
                    .anonymousRedirectsToSignIn()
                    .forbiddenFor(users.as("panel.member"))
                    .okFor(users.as("ene.homes"), users.as("cambs.analyst"), users.as("mstenton"));
            String leeds = page(AccessMatrix.forPage(mvc, url).as(users.as("ene.homes"))).text();
            assertThat(leeds).contains(ENE).doesNotContain("St Neots Neighbourhood Policing Team");
        }
    }

    @Test
    void theWorkforceEntryOfTheNavigationIsForReadersAndAbove() throws Exception {
        Document reader = page(AccessMatrix.forPage(mvc, "/").as(users.as("cambs.analyst")));
        assertThat(reader.select("a[href=/workforce]").text()).contains("Workforce");
        Document panel = page(AccessMatrix.forPage(mvc, "/").as(users.as("panel.member")));
        assertThat(panel.select("a[href=/workforce]")).isEmpty();
    }

    @Test
    void aTeamsPageShowsItsPostsAndThePcsosWithTheirWardsToday() throws Exception {
        UUID team = data.organisation(ENE);
        var pcso = data.pcso("West Yorkshire Police", ENE, null);
        var ward = data.wards("Leeds test", 1).getFirst();
        data.attach(pcso, ward, AttachmentRole.DESIGNATED, WorkforceTestData.APRIL_2024, null);
        AccessMatrix.forPage(mvc, "/workforce/teams/" + team)
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("panel.member"))
                .notFoundFor(users.as("ewilson"), users.as("herts.coordinator"))
                .okFor(users.as("ene.homes"), users.as("ene.inspector"));
        Document shown = page(AccessMatrix.forPage(mvc, "/workforce/teams/" + team).as(users.as("ene.homes")));
        assertThat(shown.select("h1").text()).isEqualTo(ENE);
        assertThat(shown.select("table").text()).contains(pcso.name(), ward.name());
        AccessMatrix.forPage(mvc, "/workforce/teams/" + data.organisation("Safer Leeds"))
                .notFoundFor(users.as("mstenton"));
    }

    @Test
    void aCoordinatorRecordsATeamsPostsAndANegativeNumberIsRefused() throws Exception {
        UUID team = data.organisation("South East Leeds Neighbourhood Policing Team");
        String url = "/workforce/teams/" + team + "/posts";
        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("krowan"), users.as("ene.homes"))
                .notFoundFor(users.as("ewilson"))
                .okFor(users.as("mstenton"), users.as("leeds.admin"));
        Integer before = workforce.team(users.actor("mstenton"), team).establishment();
        MvcResult refused = AccessMatrix.forPage(mvc, () -> post(url).with(csrf()).param("establishment", "-4"))
                .as(users.as("mstenton"));
        assertThat(page(refused).select(".govuk-error-summary a[href=#establishment]").text())
                .contains("cannot be negative");
        assertThat(workforce.team(users.actor("mstenton"), team).establishment()).isEqualTo(before);
        AccessMatrix.forPage(mvc, () -> post(url).with(csrf()).param("establishment", "9"))
                .forbiddenFor(users.as("krowan"))
                .notFoundFor(users.as("ewilson"));
        MvcResult saved = AccessMatrix.forPage(mvc, () -> post(url).with(csrf()).param("establishment", "14"))
                .as(users.as("mstenton"));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/workforce/teams/" + team);
        var posts = workforce.team(users.actor("ene.homes"), team);
        assertThat(posts.establishment()).isEqualTo(14);
        assertThat(posts.vacancies()).isEqualTo(14 - posts.filled());
        assertThat(page(AccessMatrix.forPage(mvc, "/workforce/teams").as(users.as("ene.homes")))
                .select("tr:contains(South East Leeds) td").eachText()).contains("14");
    }
}
