package uk.saferhub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.intake.internal.RequestStore;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.SaferHubTest;

/**
 * Posting reports through Open311 with small fixtures of our own: placement in the ward and areas, routing by
 * service, the likely duplicate within 50 m and 14 days, status updates by update_id, every refusal with the
 * standard's error body and nothing stored, and who may post.
 */
@SaferHubTest
class Open311RequestsTests {

    private static IntakeFixtures place;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void ourPlace(@Autowired PlaceStore places, @Autowired RequestStore requests, @Autowired Directory directory,
            @Autowired ApplicationEventPublisher events) {
        if (place == null) {
            place = IntakeFixtures.create(places, requests, directory, events);
        }
    }

    @Test
    void aReportIsPlacedInItsWardAndRoutedByItsService() throws Exception {
        String graffiti = created(report("GRAF", 300, Map.of("attribute[offensive]", "yes")));
        String asb = created(report("ASB", 300, Map.of()));

        assertThat(stored(graffiti, "ward_id")).isEqualTo(place.ward().id());
        assertThat(stored(graffiti, "routed_organisation_id")).isEqualTo(place.council());
        assertThat(stored(asb, "routed_organisation_id")).isEqualTo(place.policingTeam());
        assertThat(jdbc.sql("select place_id from intake_request_place where request_id = ?")
                .param(Long.parseLong(graffiti)).query(UUID.class).list())
                .containsExactlyInAnyOrder(place.ward().id(), place.district().id());
        assertThat(jdbc.sql("select value from intake_request_attribute where request_id = ? and code = 'offensive'")
                .param(Long.parseLong(graffiti)).query(String.class).single()).isEqualTo("yes");
    }

    @Test
    void anAddressIdThatIsAWardsCodeIsPlacedInThatWardAndAnyOtherIsKeptUnplaced() throws Exception {
        String key = apiKeys.plainKey("leeds.admin", Role.CONTRIBUTOR);
        String byWard = created(form("/open311/v2/requests.xml", key).param("service_code", "LITTER")
                .param("address_id", place.ward().code()).param("description", "Litter along the parade"));
        String unknown = created(form("/open311/v2/requests.xml", key).param("service_code", "LITTER")
                .param("address_id", "545483"));

        assertThat(stored(byWard, "ward_id")).isEqualTo(place.ward().id());
        assertThat(stored(byWard, "routed_organisation_id")).isEqualTo(place.council());
        assertThat(stored(byWard, "latitude")).isNull();
        assertThat(stored(unknown, "ward_id")).isNull();
        assertThat(stored(unknown, "address_id")).isEqualTo("545483");
        Element read = Open311Xml.first(Open311Xml.parse(ok(get("/open311/v2/requests/" + byWard + ".xml"))),
                "request");
        assertThat(Open311Xml.text(read, "address_id")).isEqualTo(place.ward().code());
    }

    @Test
    void aReportOfTheSameServiceWithin50MetresIsALikelyDuplicateOfTheNearest() throws Exception {
        String first = created(report("DOG", -200, Map.of()));
        String near = created(report("DOG", -170, Map.of()));
        String far = created(report("DOG", -100, Map.of()));
        String otherService = created(report("LITTER", -175, Map.of()));

        assertThat(stored(near, "likely_duplicate_of")).isEqualTo(Long.parseLong(first));
        assertThat(stored(far, "likely_duplicate_of")).isNull();
        assertThat(stored(otherService, "likely_duplicate_of")).isNull();
        JsonNode read = json.readTree(ok(get("/open311/v2/requests/" + near + ".json")));
        assertThat(read.get(0).get("service_notice").asString()).contains(first);
    }

    @Test
    void updatesAreNumberedAndAnOlderOneNeverOverwritesANewerState() throws Exception {
        String id = created(report("LITTER", 400, Map.of()));
        String closed = update(id, "FIXED", "2099-01-02T10:00:00+00:00", "Cleared by the street team");
        String late = update(id, "OPEN", "2099-01-01T10:00:00+00:00", "Reported again");

        assertThat(Long.parseLong(late)).isGreaterThan(Long.parseLong(closed));
        JsonNode read = json.readTree(ok(get("/open311/v2/requests/" + id + ".json")));
        assertThat(read.get(0).get("status").asString()).isEqualTo("closed");
        assertThat(read.get(0).get("status_notes").asString()).isEqualTo("Cleared by the street team");

        Element updates = Open311Xml.parse(ok(get("/open311/v2/servicerequestupdates.xml")
                .param("start_date", "2098-12-31T00:00:00Z").param("end_date", "2099-01-03T00:00:00+00:00")));
        assertThat(updates.getTagName()).isEqualTo("service_requests_updates");
        var mine = Open311Xml.children(updates).stream()
                .filter(each -> Open311Xml.text(each, "service_request_id").equals(id)).toList();
        assertThat(mine).extracting(each -> Open311Xml.text(each, "update_id")).containsExactly(closed, late);
        assertThat(mine).extracting(each -> Open311Xml.text(each, "status")).containsExactly("closed", "open");
        assertThat(mine.get(0).getElementsByTagName("updated_datetime").item(0).getTextContent())
                .isEqualTo("2099-01-02T10:00:00+00:00");
    }

    @Test
    void everyBadPostAnswers400WithTheStandardsErrorBodyAndStoresNothing() throws Exception {
        String[] point = place.point(0);
        String key = apiKeys.plainKey("leeds.admin", Role.CONTRIBUTOR);
        Map<String, MockHttpServletRequestBuilder> bad = new java.util.LinkedHashMap<>();
        bad.put("no service_code", form("/open311/v2/requests.xml", key).param("lat", point[0]).param("long",
                point[1]));
        bad.put("unknown service", form("/open311/v2/requests.xml", key).param("service_code", "NOPE")
                .param("lat", point[0]).param("long", point[1]));
        bad.put("no location", form("/open311/v2/requests.xml", key).param("service_code", "LITTER"));
        bad.put("lat out of range", report("LITTER", 0, Map.of("lat", "91")));
        bad.put("long out of range", report("LITTER", 0, Map.of("long", "-180.5")));
        bad.put("lat not a number", report("LITTER", 0, Map.of("lat", "north")));
        bad.put("lat without long", form("/open311/v2/requests.xml", key).param("service_code", "LITTER")
                .param("lat", point[0]));
        bad.put("unknown attribute value", report("FLY", 0, Map.of("attribute[waste_type]", "spaceship")));
        bad.put("required attribute missing", report("FLY", 0, Map.of()));
        bad.put("description over 4,000", report("LITTER", 0, Map.of("description", "x".repeat(4001))));
        bad.put("DOCTYPE in a form value", report("LITTER", 0, Map.of("description",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")));
        bad.put("XML body with an external entity", post("/open311/v2/requests.xml").param("api_key", key)
                .contentType(MediaType.APPLICATION_XML).content("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e "
                        + "SYSTEM \"file:///etc/passwd\">]><request><service_code>&e;</service_code></request>"));
        bad.put("bogus format suffix", form("/open311/v2/requests.html", key).param("service_code", "LITTER")
                .param("lat", point[0]).param("long", point[1]));
        int before = IntakeFixtures.count(jdbc);
        for (var each : bad.entrySet()) {
            MockHttpServletResponse response = mvc.perform(each.getValue()).andReturn().getResponse();
            assertThat(response.getStatus()).as(each.getKey() + ": " + response.getContentAsString()).isEqualTo(400);
            Element error = Open311Xml.first(Open311Xml.parse(response.getContentAsString(StandardCharsets.UTF_8)),
                    "error");
            assertThat(Open311Xml.text(error, "code")).as(each.getKey()).isEqualTo("400");
            assertThat(Open311Xml.text(error, "description")).as(each.getKey()).isNotBlank();
        }
        assertThat(IntakeFixtures.count(jdbc)).isEqualTo(before);

        JsonNode jsonError = json.readTree(mvc.perform(form("/open311/v2/requests.json", key)
                .param("service_code", "LITTER").param("lat", "-95").param("long", point[1])).andReturn()
                .getResponse().getContentAsString());
        assertThat(jsonError.get(0).get("code").asInt()).isEqualTo(400);
        assertThat(jsonError.get(0).get("description").asString()).contains("lat");
        assertThat(mvc.perform(get("/open311/v2/services.txt")).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/open311/v2/requests.xml").param("start_date", "last tuesday")).andReturn()
                .getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/open311/v2/services/NOPE.json")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void onlyAValidKeyOfThePartnershipThatMayWriteMayPost() throws Exception {
        String[] point = place.point(0);
        int before = IntakeFixtures.count(jdbc);
        Map<String, MockHttpServletRequestBuilder> refused = Map.of(
                "no key", post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED),
                "wrong key", form("/open311/v2/requests.xml", "shk_wrong"),
                "a reader's key", form("/open311/v2/requests.xml", apiKeys.plainKey("leeds.admin", Role.READER)),
                "a key of another partnership (Huntingdonshire)", form("/open311/v2/requests.xml",
                        apiKeys.plainKey("admin", Role.CONTRIBUTOR)),
                "a wrong bearer key", post("/open311/v2/requests.json")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).with(ApiKeys.bearer("shk_wrong")),
                "an update without a key", post("/open311/v2/servicerequestupdates.xml")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("service_request_id", "100001"));
        for (var each : refused.entrySet()) {
            MockHttpServletResponse response = mvc.perform(each.getValue().param("service_code", "LITTER")
                    .param("lat", point[0]).param("long", point[1])).andReturn().getResponse();
            assertThat(response.getStatus()).as(each.getKey()).isEqualTo(403);
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(each.getKey()).contains("403");
        }
        assertThat(IntakeFixtures.count(jdbc)).isEqualTo(before);

        String bearer = mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .with(ApiKeys.bearer(apiKeys.plainKey("leeds.admin", Role.CONTRIBUTOR)))
                .param("service_code", "LITTER").param("lat", point[0]).param("long", point[1])).andReturn()
                .getResponse().getContentAsString();
        assertThat(json.readTree(bearer).get(0).get("service_request_id").asString()).matches("\\d+");
        for (String read : List.of("/open311/v2/services.xml", "/open311/v2/services/GRAF.json",
                "/open311/v2/requests.json", "/open311/v2/servicerequestupdates.xml", "/open311/v2/discovery.json")) {
            assertThat(mvc.perform(get(read)).andReturn().getResponse().getStatus()).as("anonymous " + read)
                    .isEqualTo(200);
        }
    }

    /**
     * With the reference geography loaded, a report in Roundhay (the East North East area of Leeds) goes to Leeds'
     * Environmental Services for graffiti and to the East North East team for anti-social behaviour, by the
     * demonstration's routes.
     */
    @Test
    void theDemonstrationRoutesALeedsReportToTheCouncilOrItsAreasTeam(@Autowired uk.saferhub.geography.Geography
            geography) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(geography.place(uk.saferhub.geography.PlaceType.CITY_AREA,
                "LEEDS-ENE").isPresent(), "Skipped: the demonstration geography has no Leeds areas (no reference data)");
        String key = apiKeys.plainKey("leeds.admin", Role.CONTRIBUTOR);
        String graffiti = created(form("/open311/v2/requests.xml", key).param("service_code", "GRAF")
                .param("lat", "53.8385").param("long", "-1.4988").param("attribute[offensive]", "no"));
        String asb = created(form("/open311/v2/requests.xml", key).param("service_code", "ASB")
                .param("lat", "53.8385").param("long", "-1.4988"));
        Element read = Open311Xml.first(Open311Xml.parse(ok(get("/open311/v2/requests/" + graffiti + ".xml"))),
                "request");
        assertThat(Open311Xml.text(read, "agency_responsible")).isEqualTo("Leeds City Council Environmental Services");
        read = Open311Xml.first(Open311Xml.parse(ok(get("/open311/v2/requests/" + asb + ".xml"))), "request");
        assertThat(Open311Xml.text(read, "agency_responsible"))
                .isEqualTo("East North East Leeds Neighbourhood Policing Team");
        assertThat(geography.require((UUID) stored(graffiti, "ward_id")).name()).isEqualTo("Roundhay");
    }

    private MockHttpServletRequestBuilder report(String service, double metresNorth, Map<String, String> extra) {
        String[] point = place.point(metresNorth);
        var request = form("/open311/v2/requests.xml", apiKeys.plainKey("leeds.admin", Role.CONTRIBUTOR))
                .param("service_code", service).param("lat", extra.getOrDefault("lat", point[0]))
                .param("long", extra.getOrDefault("long", point[1]));
        extra.forEach((name, value) -> {
            if (!name.equals("lat") && !name.equals("long")) {
                request.param(name, value);
            }
        });
        return request;
    }

    private static MockHttpServletRequestBuilder form(String path, String key) {
        return post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", key);
    }

    private String created(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        Element created = Open311Xml.parse(response.getContentAsString(StandardCharsets.UTF_8));
        return Open311Xml.text(Open311Xml.first(created, "request"), "service_request_id");
    }

    private String update(String id, String status, String when, String description) throws Exception {
        MockHttpServletResponse response = mvc.perform(form("/open311/v2/servicerequestupdates.xml",
                apiKeys.plainKey("leeds.admin", Role.CONTRIBUTOR)).param("service_request_id", id)
                .param("status", status).param("updated_datetime", when).param("description", description)
                .param("update_id", "fms-" + UUID.randomUUID())).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        Element answer = Open311Xml.parse(response.getContentAsString(StandardCharsets.UTF_8));
        return Open311Xml.text(Open311Xml.first(answer, "request_update"), "update_id");
    }

    private Object stored(String id, String column) {
        return jdbc.sql("select " + column + " as value from intake_request where id = ?").param(Long.parseLong(id))
                .query((rs, row) -> java.util.Optional.ofNullable(rs.getObject(1))).single().orElse(null);
    }

    private String ok(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
