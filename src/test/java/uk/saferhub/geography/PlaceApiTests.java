package uk.saferhub.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.geography.internal.PlacesChanged;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.SaferHubTest;

/** The places API: locating a point, listing places and one place, for any signed-in key. */
@SaferHubTest
class PlaceApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Each test's fixture in a corner of its own. */
    private static final AtomicInteger CORNERS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    PlaceStore store;

    @Autowired
    ApplicationEventPublisher events;

    FixturePlaces fixture;
    Place area;

    @BeforeEach
    void places() {
        fixture = FixturePlaces.at(-30, -120 + 3 * CORNERS.getAndIncrement()).insert(store);
        area = new Place(UUID.randomUUID(), PlaceType.TRIAL_AREA, "TRIAL-" + UUID.randomUUID(), "Trial area of "
                + fixture.place("W1").name(), null, null, null, true, false, "Test fixture");
        store.insert(area, null, Instant.now());
        store.replaceWards(area.id(), List.of(fixture.place("W1").id()));
        events.publishEvent(new PlacesChanged(6, 0));
    }

    @Test
    void locateAnswersThePlacesHoldingThePointLargestTypeFirstForAnySignedInKey() throws Exception {
        String url = "/api/v1/places/locate?lat=" + fixture.lat(0.25) + "&lng=" + fixture.lng(0.25);
        AccessMatrix.forApi(mvc, url)
                .anonymousUnauthorised()
                .okFor(apiKeys.of("admin", Role.READER), apiKeys.of("admin", Role.PANEL_MEMBER),
                        apiKeys.of("leeds.admin", Role.READER));

        JsonNode answer = json(AccessMatrix.forApi(mvc, url).as(apiKeys.of("admin", Role.READER)));

        assertThat(answer.get("latitude").asDouble()).isEqualTo(fixture.lat(0.25));
        assertThat(answer.get("places").valueStream().map(place -> place.get("type").asString()).toList())
                .containsExactly("DISTRICT", "WARD", "LSOA", "TRIAL_AREA");
        JsonNode ward = answer.get("places").get(1);
        assertThat(ward.get("id").asString()).isEqualTo(fixture.place("W1").id().toString());
        assertThat(ward.get("code").asString()).isEqualTo(fixture.place("W1").code());
        assertThat(ward.get("name").asString()).isEqualTo(fixture.place("W1").name());
        assertThat(answer.get("places").get(3).get("id").asString()).isEqualTo(area.id().toString());
    }

    @Test
    void aPointOutsideEveryBoundaryAnswers404NoPlaceHoldsThisPoint() throws Exception {
        MvcResult result = AccessMatrix.forApi(mvc, "/api/v1/places/locate?lat=-89.9&lng=-179.9")
                .as(apiKeys.of("admin", Role.READER));

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(json(result).get("title").asString()).isEqualTo("No place holds this point");
    }

    @Test
    void missingMalformedOrOutOfRangeCoordinatesAnswer400ProblemDetailsNamingTheField() throws Exception {
        expectBadInput("/api/v1/places/locate", "lat", "Enter a latitude");
        expectBadInput("/api/v1/places/locate?lat=52.3", "lng", "Enter a longitude");
        expectBadInput("/api/v1/places/locate?lat=abc&lng=0", "lat", "as a number in decimal degrees");
        expectBadInput("/api/v1/places/locate?lat=NaN&lng=0", "lat", "as a number");
        expectBadInput("/api/v1/places/locate?lat=1e1&lng=0", "lat", "as a number");
        expectBadInput("/api/v1/places/locate?lat=52&lng=Infinity", "lng", "as a number");
        expectBadInput("/api/v1/places/locate?lat=90.0001&lng=0", "lat", "between -90 and 90");
        expectBadInput("/api/v1/places/locate?lat=-91&lng=0", "lat", "between -90 and 90");
        expectBadInput("/api/v1/places/locate?lat=0&lng=-180.5", "lng", "between -180 and 180");
        expectBadInput("/api/v1/places/locate?lat=0&lng=181", "lng", "between -180 and 180");
    }

    @Test
    void placesAreListedAPageAtATimeAndCanBeFilteredByType() throws Exception {
        AccessMatrix.forApi(mvc, "/api/v1/places?type=LSOA&size=100")
                .anonymousUnauthorised()
                .okFor(apiKeys.of("admin", Role.READER), apiKeys.of("leeds.admin", Role.PANEL_MEMBER));

        JsonNode page = json(AccessMatrix.forApi(mvc, "/api/v1/places?type=lsoa&size=100")
                .as(apiKeys.of("admin", Role.READER)));

        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(page.get("items").valueStream().map(item -> item.get("type").asString()).distinct())
                .containsExactly("LSOA");
        assertThat(page.get("items").valueStream().map(item -> item.get("code").asString()))
                .contains(fixture.place("L1").code());
        JsonNode second = json(AccessMatrix.forApi(mvc, "/api/v1/places?size=1&page=2")
                .as(apiKeys.of("admin", Role.READER)));
        assertThat(second.get("items")).hasSize(1);
        assertThat(AccessMatrix.forApi(mvc, "/api/v1/places?type=COUNTY").as(apiKeys.of("admin", Role.READER))
                .getResponse().getStatus()).isEqualTo(400);
        assertThat(AccessMatrix.forApi(mvc, "/api/v1/places?size=101").as(apiKeys.of("admin", Role.READER))
                .getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void onePlaceComesWithItsParentItsChildrenAndForAnAreaItsWards() throws Exception {
        String url = "/api/v1/places/" + fixture.place("D").id();
        AccessMatrix.forApi(mvc, url).anonymousUnauthorised().okFor(apiKeys.of("leeds.admin", Role.READER));

        JsonNode district = json(AccessMatrix.forApi(mvc, url).as(apiKeys.of("admin", Role.READER)));
        JsonNode ward = json(AccessMatrix.forApi(mvc, "/api/v1/places/" + fixture.place("W1").id())
                .as(apiKeys.of("admin", Role.READER)));
        JsonNode trial = json(AccessMatrix.forApi(mvc, "/api/v1/places/" + area.id())
                .as(apiKeys.of("admin", Role.READER)));

        assertThat(district.get("children").valueStream().map(child -> child.get("code").asString()))
                .containsExactlyInAnyOrder(fixture.place("W1").code(), fixture.place("W2").code(),
                        fixture.place("W3").code(), fixture.place("L1").code());
        assertThat(district.hasNonNull("parent")).isFalse();
        assertThat(ward.get("parent").get("code").asString()).isEqualTo(fixture.place("D").code());
        assertThat(ward.get("hasBoundary").asBoolean()).isTrue();
        assertThat(trial.get("madeOfWards").asBoolean()).isTrue();
        assertThat(trial.get("wards").valueStream().map(w -> w.get("id").asString()))
                .containsExactly(fixture.place("W1").id().toString());
        AccessMatrix.forApi(mvc, "/api/v1/places/" + UUID.randomUUID()).notFoundFor(apiKeys.of("admin", Role.READER));
        // a malformed id is refused naming the parameter, as everywhere in the API
        MvcResult malformed = AccessMatrix.forApi(mvc, "/api/v1/places/not-a-place")
                .as(apiKeys.of("admin", Role.READER));
        assertThat(malformed.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(malformed).get("detail").asString())
                .isEqualTo("The value of id is not valid: use an id (a UUID).");
    }

    private void expectBadInput(String url, String field, String message) throws Exception {
        MvcResult result = AccessMatrix.forApi(mvc, url).as(apiKeys.of("admin", Role.READER));
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).as(url).startsWith("application/problem+json");
        JsonNode problem = json(result);
        assertThat(problem.get("errors").get(field).asString()).as(url).contains(message);
        assertThat(problem.get("detail").asString()).as(url).contains(message);
    }

    private static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString());
    }
}
