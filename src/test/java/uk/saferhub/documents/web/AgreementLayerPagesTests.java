package uk.saferhub.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.documents.AgreementFixtures;
import uk.saferhub.documents.AgreementFixtures.TestArea;
import uk.saferhub.documents.Document;
import uk.saferhub.documents.Pilot;
import uk.saferhub.documents.ServiceAgreements;
import uk.saferhub.geography.MapDrawing;
import uk.saferhub.shared.SaferHubProperties;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The service agreements by area: every signed-in reader and panel member may look (so no role is refused); a map per
 * agreement of the place's wards with its legend and the OGL attribution, a table of the same beside it, and the table
 * alone, with a sentence saying why, when the wards have no boundaries.
 */
@SaferHubTest
class AgreementLayerPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    AgreementFixtures fixtures;

    @Autowired
    ServiceAgreements agreements;

    @Autowired
    SaferHubProperties properties;

    @Test
    void readersAndPanelMembersSeeThePageAndAnonymousVisitorsSignInFirst() {
        AccessMatrix.forPage(mvc, "/documents/areas")
                .anonymousRedirectsToSignIn()
                .okFor(users.as("ewilson"), users.as("panel.member"), users.as("harpenden.clerk"),
                        users.as("ene.homes"));
    }

    @Test
    void eachAgreementIsAMapOfTheWardsShadedByStageWithTheTableBesideIt() throws Exception {
        Document agreement = fixtures.approvedAgreement("Layer map");
        TestArea area = fixtures.area("Layer map area");
        Pilot pilot = fixtures.pilot(agreement, area.trialArea());
        LocalDate today = fixtures.documents.today();
        agreements.evaluate(users.actor("ewilson"), pilot.id(), today, "Problems sorted out", true);
        agreements.rollOut(users.actor("ewilson"), agreement.id(), area.wards().get(1).id(), today);

        var page = Jsoup.parse(html("/documents/areas?place=" + area.district().id(), "central.sergeant"));

        assertThat(page.select("h1").text()).isEqualTo("Service agreements by area");
        assertThat(page.select("select#place option[selected]").attr("value"))
                .isEqualTo(area.district().id().toString());
        Element heading = page.select("h3").stream().filter(h -> h.text().equals(agreement.title())).findFirst()
                .orElseThrow();
        Element map = heading.nextElementSibling();
        assertThat(map.tagName()).isEqualTo("figure");
        assertThat(map.select("svg title").first().text()).isEqualTo(agreement.title() + " in "
                + area.district().name());
        assertThat(map.select("path.map-covered title").text()).isEqualTo(area.wards().get(1).name() + ": in force");
        assertThat(map.select("path.map-overlap title").text()).isEqualTo(area.wards().get(0).name() + ": piloted");
        assertThat(map.select("path.map-uncovered title").text())
                .isEqualTo(area.wards().get(2).name() + ": not yet");
        assertThat(map.select(".saferhub-map__legend li")).extracting(Element::text)
                .containsExactly("In force: 1", "Piloted: 1", "Not yet there: 1");
        assertThat(map.select(".saferhub-map__attribution").text()).isEqualTo(MapDrawing.ATTRIBUTION);
        assertThat(stageIn(page, area.wards().get(0).name(), agreement)).isEqualTo("Piloted");
        assertThat(stageIn(page, area.wards().get(1).name(), agreement)).isEqualTo("In force");
        assertThat(stageIn(page, area.wards().get(2).name(), agreement)).isEqualTo("Not yet");
        Element counts = page.select("table").first().select("tbody tr").stream()
                .filter(row -> row.select("th").text().equals(agreement.title())).findFirst().orElseThrow();
        assertThat(counts.select("td")).extracting(Element::text).containsExactly("1", "1", "1");
        assertThat(page.text()).doesNotContain("The map needs the wards' boundaries");
    }

    @Test
    void withoutBoundariesThePageSaysTheMapNeedsThemAndTheTableStillGivesEveryWard() throws Exception {
        Document agreement = fixtures.describedAgreement("Layer without boundaries");
        TestArea area = fixtures.areaWithoutBoundaries("Layer without boundaries area");
        fixtures.pilot(agreement, area.trialArea());

        var page = Jsoup.parse(html("/documents/areas?place=" + area.district().id(), "ewilson"));

        assertThat(page.select("svg")).isEmpty();
        assertThat(page.select("figure")).isEmpty();
        assertThat(page.text()).contains("The map needs the wards' boundaries");
        assertThat(stageIn(page, area.wards().get(0).name(), agreement)).isEqualTo("Piloted");
        assertThat(stageIn(page, area.wards().get(1).name(), agreement)).isEqualTo("Not yet");
    }

    @Test
    void aDraftAgreementIsLeftOffTheLayerForThoseWhoMayNotSeeIt() throws Exception {
        Document agreement = fixtures.describedAgreement("Layer hidden draft");
        TestArea area = fixtures.area("Layer hidden draft area");
        fixtures.pilot(agreement, area.trialArea());

        String html = html("/documents/areas?place=" + area.district().id(), "mstenton");

        assertThat(html).doesNotContain(agreement.title());
    }

    @Test
    void aPlaceThatIsNotInTheListIsAClearErrorNotAFailure() throws Exception {
        var page = Jsoup.parse(html("/documents/areas?place=not-a-place", "ewilson"));

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a[href=#place]").text()).isEqualTo("Choose a place from the list");
        assertThat(page.select("#place-error").text()).contains("Choose a place from the list");
    }

    @Test
    void withTheReferenceDataThePageOpensOnHuntingdonshireWithTheStNeotsPilot() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(properties.referenceDataPath().resolve("boundaries")),
                "Skipped: no reference boundaries at " + properties.referenceDataPath() + " (CI always has them), so"
                        + " there is no Huntingdonshire to open on");

        var page = Jsoup.parse(html("/documents/areas", "ewilson"));

        assertThat(page.select("select#place option[selected]").text()).isEqualTo("Huntingdonshire (district)");
        assertThat(page.select("h2").text()).contains("Huntingdonshire");
        Element dogs = page.select("h3").stream()
                .filter(h -> h.text().equals("Service Agreement: responsible dog ownership")).findFirst()
                .orElseThrow();
        Element map = dogs.nextElementSibling();
        assertThat(map.select("path.map-overlap")).as("St Neots' wards are piloted").isNotEmpty();
        assertThat(map.select(".saferhub-map__attribution").text()).isEqualTo(MapDrawing.ATTRIBUTION);
    }

    /** The stage shown in the ward-by-agreement table for the ward and the agreement. */
    private static String stageIn(org.jsoup.nodes.Document page, String ward, Document agreement) {
        Element table = page.select("table").last();
        int column = table.select("thead th").eachText().indexOf(agreement.title());
        assertThat(column).as("a column for " + agreement.title()).isPositive();
        Element row = table.select("tbody tr").stream().filter(r -> r.select("th").text().equals(ward)).findFirst()
                .orElseThrow();
        return row.select("td").get(column - 1).text();
    }

    private String html(String url, String user) throws Exception {
        MvcResult result = mvc.perform(get(url).with(users.as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
