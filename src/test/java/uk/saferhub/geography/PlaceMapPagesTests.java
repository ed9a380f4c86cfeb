package uk.saferhub.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.geography.internal.PlacesChanged;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/** A place's page with its map and table, and the locate page, for every signed-in partner. */
@SaferHubTest
class PlaceMapPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    PlaceStore store;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aPlacePageIsForEverySignedInPartnerAndUnknownPlacesAreNotFound() {
        FixturePlaces fixture = FixturePlaces.at(-20, -120).insert(store);

        AccessMatrix.forPage(mvc, "/places/" + fixture.place("D").id())
                .anonymousRedirectsToSignIn()
                .okFor(users.as("panel.member"), users.as("leeds.admin"), users.as("cambs.analyst"));
        AccessMatrix.forPage(mvc, "/places/" + UUID.randomUUID()).notFoundFor(users.as("ewilson"));
        AccessMatrix.forPage(mvc, "/places/not-a-place").notFoundFor(users.as("ewilson"));
    }

    @Test
    void aDistrictsPageDrawsOneLinkedPathPerWardAndListsTheSameWardsInItsTable() throws Exception {
        FixturePlaces fixture = FixturePlaces.at(-20, -115).insert(store);

        Document page = page("/places/" + fixture.place("D").id(), "ewilson");

        assertThat(page.select("h1").text()).isEqualTo(fixture.place("D").name());
        Element map = page.selectFirst("figure.saferhub-map");
        Element svg = map.selectFirst("svg");
        assertThat(svg.attr("role")).isEqualTo("group");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("place-map-title place-map-desc");
        assertThat(svg.select("title#place-map-title").text()).isEqualTo("Map of " + fixture.place("D").name());
        List<String> wards = List.of(fixture.place("W2").name(), fixture.place("W3").name(),
                fixture.place("W1").name());
        assertThat(svg.select("a > path")).hasSize(3);
        assertThat(svg.select("a").eachAttr("aria-label")).containsExactlyInAnyOrder(
                wards.get(0) + ": " + fixture.place("W2").code(), wards.get(1) + ": " + fixture.place("W3").code(),
                wards.get(2) + ": " + fixture.place("W1").code());
        assertThat(svg.select("a").eachAttr("href")).containsExactlyInAnyOrder(
                "/places/" + fixture.place("W1").id(), "/places/" + fixture.place("W2").id(),
                "/places/" + fixture.place("W3").id());
        assertThat(svg.select("path.map-focus")).hasSize(1);
        assertThat(svg.select("path").eachAttr("d")).allMatch(d -> d.matches("M[0-9. MZ]+Z"));
        Element table = page.selectFirst("table.govuk-table");
        assertThat(table.select("caption").text()).startsWith("Wards in " + fixture.place("D").name());
        assertThat(table.select("tbody th").eachText()).containsExactlyInAnyOrderElementsOf(wards);
        assertThat(page.select("a[href=/places/" + fixture.place("D").id() + "?show=LSOA]").text()).isEqualTo("LSOAs");
        assertThat(map.select(".saferhub-map__legend li").eachText())
                .containsExactly("Wards (select one to open its page): 3",
                        "Boundary of " + fixture.place("D").name() + ": 1");
        assertThat(map.select(".saferhub-map__attribution").text()).isEqualTo(MapDrawing.ATTRIBUTION);
    }

    @Test
    void theMapCarriesNoInlineStylesSoTheContentSecurityPolicyAllowsIt() throws Exception {
        FixturePlaces fixture = FixturePlaces.at(-20, -110).insert(store);

        Document page = page("/places/" + fixture.place("D").id(), "ewilson");

        assertThat(page.select("main [style]")).isEmpty();
        assertThat(page.select("main style")).isEmpty();
        assertThat(page.select("svg [fill], svg [stroke]")).as("shading comes from the stylesheet").isEmpty();
    }

    @Test
    void anAreaMadeOfWardsShowsItsWardsAndTheOtherChildTypesAreOneLinkAway() throws Exception {
        FixturePlaces fixture = FixturePlaces.at(-20, -105).insert(store);
        Place area = new Place(UUID.randomUUID(), PlaceType.CITY_AREA, "AREA-" + UUID.randomUUID(),
                "City area " + UUID.randomUUID(), null, null, null, true, false, "Test fixture");
        store.insert(area, null, Instant.now());
        store.replaceWards(area.id(), List.of(fixture.place("W1").id(), fixture.place("W2").id()));

        Document areaPage = page("/places/" + area.id(), "krowan");
        Document lsoas = page("/places/" + fixture.place("D").id() + "?show=LSOA", "krowan");

        assertThat(areaPage.select("h2").eachText()).contains("Wards in this area");
        assertThat(areaPage.select("svg a").eachAttr("href")).containsExactlyInAnyOrder(
                "/places/" + fixture.place("W1").id(), "/places/" + fixture.place("W2").id());
        assertThat(areaPage.select("svg path.map-focus")).as("an area made of wards has no boundary of its own")
                .isEmpty();
        assertThat(areaPage.select("table tbody th").eachText()).containsExactlyInAnyOrder(
                fixture.place("W1").name(), fixture.place("W2").name());
        assertThat(lsoas.select("table tbody th").eachText()).containsExactly(fixture.place("L1").name());
        assertThat(lsoas.select("svg a")).hasSize(1);
    }

    @Test
    void theLocatePageListsThePlacesHoldingThePointWithLinksAndMapsTheWardWithThePointMarked() throws Exception {
        FixturePlaces fixture = FixturePlaces.at(-20, -100).insert(store);
        events.publishEvent(new PlacesChanged(5, 0));
        AccessMatrix.forPage(mvc, "/places/locate").anonymousRedirectsToSignIn()
                .okFor(users.as("panel.member"), users.as("leeds.admin"));

        Document page = page("/places/locate?lat=" + fixture.lat(0.75) + "&lng=" + fixture.lng(0.75), "ewilson");

        assertThat(page.select(".govuk-error-summary")).isEmpty();
        assertThat(page.select("input#lat").val()).isEqualTo(String.valueOf(fixture.lat(0.75)));
        assertThat(page.select("dl.govuk-summary-list dt").eachText()).containsExactly("District", "Ward");
        assertThat(page.select("dl.govuk-summary-list dd a").eachAttr("href")).containsExactly(
                "/places/" + fixture.place("D").id(), "/places/" + fixture.place("W1").id());
        Element svg = page.selectFirst("figure#locate-map svg");
        assertThat(svg.select("title").first().text()).isEqualTo("Map of " + fixture.place("W1").name()
                + " with the point marked");
        assertThat(svg.select("g.map-marker circle")).hasSize(2);
        assertThat(page.select("figure#locate-map .saferhub-map__attribution").text())
                .isEqualTo(MapDrawing.ATTRIBUTION);
        assertThat(page.select("main [style]")).isEmpty();
    }

    @Test
    void theLocatePageSaysSoWhenNoPlaceHoldsThePoint() throws Exception {
        Document page = page("/places/locate?lat=-89.99&lng=179.99", "ewilson");

        assertThat(page.select(".govuk-inset-text").text()).startsWith("No place holds this point");
        assertThat(page.select("figure")).isEmpty();
    }

    @Test
    void badCoordinatesOnTheLocatePageAreShownInAnErrorSummaryLinkedToEachField() throws Exception {
        Document missing = page("/places/locate?lat=&lng=", "ewilson");
        Document wrong = page("/places/locate?lat=ninety&lng=200", "ewilson");

        assertThat(missing.title()).startsWith("Error: ");
        assertThat(missing.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#lat", "#lng");
        assertThat(missing.select(".govuk-error-summary a").eachText())
                .containsExactly("Enter a latitude", "Enter a longitude");
        assertThat(wrong.select("#lat-error").text()).contains("as a number in decimal degrees");
        assertThat(wrong.select("#lng-error").text()).contains("between -180 and 180");
        assertThat(wrong.select("input#lat").val()).isEqualTo("ninety");
        assertThat(wrong.select("dl.govuk-summary-list, figure")).isEmpty();
    }

    @Test
    void theLocateFormStartsEmpty() throws Exception {
        Document page = page("/places/locate", "ewilson");

        assertThat(page.select(".govuk-error-summary")).isEmpty();
        assertThat(page.select("form[method=get] input#lat")).hasSize(1);
        assertThat(page.select("form[method=get] input#lng")).hasSize(1);
        assertThat(page.select("figure")).isEmpty();
    }

    private Document page(String url, String user) throws Exception {
        var response = AccessMatrix.forPage(mvc, url).as(users.as(user)).getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}
