package uk.saferhub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.intake.internal.RequestStore;
import uk.saferhub.intake.internal.Service;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * SaferHub's Open311 server driven exactly as FixMyStreet's Open311 client drives a council's: the service list and
 * the definitions of services with metadata, a report posted with every parameter FixMyStreet sends (its extras
 * too), the updates of a report triaged on our queue fetched over FixMyStreet's two-hour window, an update posted
 * from FixMyStreet, and reports fetched as its GetServiceRequests does. Every answer is read as FixMyStreet reads
 * it (see {@link FmsXml}) and holds what it needs: ids that are text, lists where it expects lists, statuses it
 * knows, W3C date-times with zones inside the window it asked for.
 */
@SaferHubTest
class FixMyStreetClientTests {

    private static final String JURISDICTION = "saferhub.example";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static IntakeFixtures place;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aPlaceRoutedToSaferLeeds(@Autowired PlaceStore places, @Autowired RequestStore requests,
            @Autowired Directory directory, @Autowired ApplicationEventPublisher events) {
        if (place == null) {
            place = IntakeFixtures.create(places, requests, directory, events);
            requests.route(place.district().id(), Service.Responsibility.COUNCIL,
                    directory.organisationNamed("Safer Leeds").orElseThrow().id());
        }
    }

    @Test
    void fixMyStreetPopulatesItsCategoriesFromTheServiceListAndTheDefinitions() throws Exception {
        Map<String, Object> list = FmsXml.read(ok(get("/open311/v2/services.xml").param("jurisdiction_id",
                JURISDICTION)));
        List<Map<String, Object>> services = FmsXml.list(list, "service");
        assertThat(services).extracting(service -> FmsXml.text(service, "service_code"))
                .contains("GRAF", "FLY", "LITTER", "ABVEH", "DOG", "ASB");
        int definitions = 0;
        for (Map<String, Object> service : services) {
            assertThat(FmsXml.text(service, "service_name")).doesNotEndWith(" ");
            assertThat(FmsXml.text(service, "metadata")).isIn("true", "false");
            assertThat(FmsXml.text(service, "group")).isNotBlank();
            if (!FmsXml.text(service, "metadata").equals("true")) {
                continue;
            }
            definitions++;
            Map<String, Object> definition = FmsXml.read(ok(get("/open311/v2/services/"
                    + FmsXml.text(service, "service_code") + ".xml").param("jurisdiction_id", JURISDICTION)));
            List<Map<String, Object>> attributes = FmsXml.list(definition, "attributes");
            assertThat(attributes).isNotEmpty();
            for (Map<String, Object> attribute : attributes) {
                assertThat(FmsXml.text(attribute, "code")).isNotBlank();
                assertThat(Integer.parseInt(FmsXml.text(attribute, "order"))).isPositive();
                assertThat(FmsXml.text(attribute, "description")).isNotBlank();
                assertThat(FmsXml.text(attribute, "required")).isIn("true", "false");
                assertThat(FmsXml.text(attribute, "variable")).isIn("true", "false");
                String datatype = FmsXml.text(attribute, "datatype");
                assertThat(datatype).isIn("string", "number", "datetime", "text", "singlevaluelist",
                        "multivaluelist");
                if (datatype.endsWith("valuelist")) {
                    assertThat(FmsXml.list(attribute, "values")).isNotEmpty().allSatisfy(value -> {
                        assertThat(FmsXml.text(value, "key")).isNotBlank();
                        assertThat(FmsXml.text(value, "name")).isNotBlank();
                    });
                }
            }
        }
        assertThat(definitions).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aReportSentByFixMyStreetIsTriagedHereAndFixMyStreetFetchesEachUpdateAndPostsItsOwn() throws Exception {
        String key = apiKeys.plainKey("leeds.admin", Role.CONTRIBUTOR);
        String[] point = place.point(150);
        MockHttpServletResponse sent = mvc.perform(fixMyStreetReport(key, point, Map.of(
                "service_code", "FLY", "attribute[waste_type]", "tyres"))).andReturn().getResponse();
        assertThat(sent.getStatus()).as(sent.getContentAsString()).isBetween(200, 299);
        Map<String, Object> created = FmsXml.list(FmsXml.read(body(sent)), "request").get(0);
        String id = FmsXml.text(created, "service_request_id");
        assertThat(id).matches("\\d+");
        assertThat(FmsXml.text(FmsXml.list(FmsXml.read(ok(get("/open311/v2/tokens/" + FmsXml.text(created, "token")
                + ".xml").param("jurisdiction_id", JURISDICTION))), "request").get(0), "service_request_id"))
                .isEqualTo(id);
        assertThat(jdbc.sql("select first_name || ' ' || last_name || ' ' || email || ' ' || phone || ' ' || device_id"
                + " from intake_reporter where request_id = ?").param(Long.parseLong(id)).query(String.class).single())
                .isEqualTo("Ada Lovelace-Byron ada.fms@example.org 0113 496 0002 iOS");
        assertThat(jdbc.sql("select code || '=' || value from intake_request_attribute where request_id = ?")
                .param(Long.parseLong(id)).query(String.class).list()).containsExactly("waste_type=tyres");
        assertThat(jdbc.sql("select description from intake_request where id = ?").param(Long.parseLong(id))
                .query(String.class).single()).startsWith("title: Tyres dumped by the garages").contains(
                        "Submitted via FixMyStreet");

        Instant sentAt = Instant.now();
        assertThat(triage(id, "ACCEPT", null)).isEqualTo(302);
        assertThat(triage(id, "CLOSE", "Cleared by the street team")).isEqualTo(302);

        String start = FmsXml.UTC.format(sentAt.minus(2, ChronoUnit.HOURS));
        String end = FmsXml.UTC.format(Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
        List<Map<String, Object>> updates = FmsXml.list(FmsXml.read(ok(get("/open311/v2/servicerequestupdates.xml")
                .param("api_key", key).param("jurisdiction_id", JURISDICTION).param("start_date", start)
                .param("end_date", end))), "request_update");
        List<Map<String, Object>> ours = updates.stream()
                .filter(update -> id.equals(update.get("service_request_id"))).toList();
        assertThat(ours).hasSize(2);
        for (Map<String, Object> update : updates) {
            assertThat(FmsXml.text(update, "service_request_id")).matches("\\d+");
            assertThat(FmsXml.text(update, "update_id")).matches("\\d+");
            assertThat(FmsXml.state(FmsXml.text(update, "status"))).isIn(FmsXml.SHOWN_STATES);
            String updated = FmsXml.utc(FmsXml.text(update, "updated_datetime"));
            assertThat(updated.compareTo(start) >= 0 && updated.compareTo(end) <= 0).as(updated).isTrue();
        }
        assertThat(ours).extracting(update -> FmsXml.state(FmsXml.text(update, "status")))
                .containsExactly("confirmed", "fixed - council");
        assertThat(ours).extracting(update -> FmsXml.text(update, "description"))
                .containsExactly("Accepted", "Cleared by the street team");

        String reopened = postUpdate(key, id, "REOPEN", FmsXml.UTC.format(Instant.now().plusSeconds(2)),
                "Still there this morning, and more tyres");
        assertThat(status(id)).isEqualTo("open");
        String localTime = LocalDateTime.ofInstant(Instant.now().plusSeconds(4), LONDON).truncatedTo(
                ChronoUnit.SECONDS).toString();
        String fixed = postUpdate(key, id, "FIXED", localTime, "Gone now, thank you");
        assertThat(status(id)).isEqualTo("closed");
        assertThat(Long.parseLong(fixed)).isGreaterThan(Long.parseLong(reopened));
        assertThat(jdbc.sql("select external_update_id from intake_update where update_id = ?")
                .param(Long.parseLong(fixed)).query(String.class).single()).isEqualTo("38363");
    }

    @Test
    void fixMyStreetFetchesTheReportsOfTheLastHourAndReportsByIdAsGetServiceRequestsDoes() throws Exception {
        String key = apiKeys.plainKey("leeds.admin", Role.CONTRIBUTOR);
        Instant now = Instant.now();
        String graffiti = FmsXml.text(FmsXml.list(FmsXml.read(body(mvc.perform(fixMyStreetReport(key,
                place.point(-250), Map.of("service_code", "GRAF", "attribute[offensive]", "no"))).andReturn()
                .getResponse())), "request").get(0), "service_request_id");
        String vehicle = FmsXml.text(FmsXml.list(FmsXml.read(body(mvc.perform(fixMyStreetReport(key,
                place.point(-350), Map.of("service_code", "ABVEH", "attribute[registration]", ""))).andReturn()
                .getResponse())), "request").get(0), "service_request_id");

        String start = FmsXml.UTC.format(now.minus(1, ChronoUnit.HOURS));
        String end = FmsXml.UTC.format(Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
        String answer = ok(get("/open311/v2/requests.xml").param("start_date", start).param("end_date", end)
                .param("jurisdiction_id", JURISDICTION));
        assertThat(answer).doesNotContain("ada.fms@example.org", "Lovelace", "0113 496 0002");
        List<Map<String, Object>> requests = FmsXml.list(FmsXml.read(answer), "request");
        assertThat(requests).extracting(request -> request.get("service_request_id")).contains(graffiti, vehicle);
        for (Map<String, Object> request : requests) {
            assertThat(FmsXml.text(request, "service_request_id")).matches("\\d+");
            assertThat(FmsXml.state(FmsXml.text(request, "status"))).isIn(FmsXml.SHOWN_STATES);
            FmsXml.utc(FmsXml.text(request, "updated_datetime"));
            FmsXml.utc(FmsXml.text(request, "requested_datetime"));
        }
        for (Map<String, Object> request : requests.stream()
                .filter(request -> List.of(graffiti, vehicle).contains(request.get("service_request_id"))).toList()) {
            Double.parseDouble(FmsXml.text(request, "lat"));
            Double.parseDouble(FmsXml.text(request, "long"));
            assertThat(FmsXml.text(request, "service_code")).isIn("GRAF", "ABVEH");
            assertThat(FmsXml.text(request, "service_name")).isNotBlank();
            assertThat(FmsXml.text(request, "description")).contains("Submitted via FixMyStreet");
            String updated = FmsXml.utc(FmsXml.text(request, "updated_datetime"));
            assertThat(updated.compareTo(start) >= 0 && updated.compareTo(end) <= 0).as(updated).isTrue();
        }

        List<Map<String, Object>> byId = FmsXml.list(FmsXml.read(ok(get("/open311/v2/requests.xml")
                .param("service_request_id", graffiti + "," + vehicle).param("jurisdiction_id", JURISDICTION))),
                "request");
        assertThat(byId).extracting(request -> FmsXml.text(request, "service_request_id"))
                .containsExactlyInAnyOrder(graffiti, vehicle);
    }

    @Test
    void aReportWithPhotosUploadedAsFixMyStreetsCouncilsSendThemIsTakenAndARefusalReadsAsItReadsErrors()
            throws Exception {
        String key = apiKeys.plainKey("leeds.admin", Role.CONTRIBUTOR);
        String[] point = place.point(-150);
        var upload = multipart("/open311/v2/requests.xml").file(new MockMultipartFile("file_0", "photo.jpeg",
                "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}));
        fixMyStreetParameters(upload, key, point, Map.of("service_code", "LITTER"));
        upload.param("media_url", "https://www.fixmystreet.com/photo/5100.1.full.jpeg?59e0b5e3");
        MockHttpServletResponse sent = mvc.perform(upload).andReturn().getResponse();
        assertThat(sent.getStatus()).as(sent.getContentAsString()).isEqualTo(201);
        assertThat(FmsXml.text(FmsXml.list(FmsXml.read(body(sent)), "request").get(0), "service_request_id"))
                .matches("\\d+");

        MockHttpServletResponse refused = mvc.perform(fixMyStreetReport("shk_not_a_key", point,
                Map.of("service_code", "LITTER"))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        Map<String, Object> error = FmsXml.list(FmsXml.read(body(refused)), "error").get(0);
        assertThat(FmsXml.text(error, "code")).isEqualTo("403");
        assertThat(FmsXml.text(error, "description")).isNotBlank();
    }

    /** A report as FixMyStreet sends it: its parameters, its council's extra attributes and the service's own. */
    private MockHttpServletRequestBuilder fixMyStreetReport(String key, String[] point, Map<String, String> own) {
        return fixMyStreetParameters(post("/open311/v2/requests.xml")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED), key, point, own);
    }

    private static <B extends AbstractMockHttpServletRequestBuilder<B>> B fixMyStreetParameters(B request,
            String key, String[] point, Map<String, String> own) {
        request.param("jurisdiction_id", JURISDICTION).param("api_key", key)
                .param("description", "title: Tyres dumped by the garages\n\ndetail: About twenty tyres, some in the"
                        + " road.\n\nurl: https://www.fixmystreet.com/report/5100\n\nSubmitted via FixMyStreet\n")
                .param("first_name", "Ada").param("last_name", "Lovelace-Byron").param("phone", "0113 496 0002")
                .param("email", "ada.fms@example.org").param("lat", sixPlaces(point[0]))
                .param("long", sixPlaces(point[1])).param("deviceid", "iOS")
                .param("attribute[fixmystreet_id]", "5100").param("attribute[easting]", "431563")
                .param("attribute[northing]", "436219")
                .param("attribute[report_url]", "https://www.fixmystreet.com/report/5100")
                .param("attribute[title]", "Tyres dumped by the garages")
                .param("attribute[description]", "About twenty tyres, some in the road.")
                .param("attribute[category]", "Fly-tipping").param("attribute[group]", "Street scene")
                .param("attribute[closest_address]", "Nearest road to the pin placed on the map: Example Road");
        own.forEach(request::param);
        return request;
    }

    /** FixMyStreet sends coordinates cut to six decimal places. */
    private static String sixPlaces(String coordinate) {
        return new BigDecimal(coordinate).setScale(6, RoundingMode.DOWN).toPlainString();
    }

    /** An update as FixMyStreet posts one (extended statuses, Bromley-style extras); answers our update_id. */
    private String postUpdate(String key, String id, String status, String when, String text) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/open311/v2/servicerequestupdates.xml")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("jurisdiction_id", JURISDICTION)
                .param("api_key", key).param("updated_datetime", when).param("service_request_id", id)
                .param("status", status).param("description", text).param("last_name", "Lovelace-Byron")
                .param("first_name", "Ada").param("email", "ada.fms@example.org").param("phone", "0113 496 0002")
                .param("update_id", status.equals("FIXED") ? "38363" : "38362").param("service_request_id_ext", "5100")
                .param("public_anonymity_required", "FALSE").param("email_alerts_requested", "FALSE")
                .param("title", "MS")).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 299);
        String updateId = FmsXml.text(FmsXml.list(FmsXml.read(body(response)), "request_update").get(0),
                "update_id");
        assertThat(updateId).matches("\\d+");
        return updateId;
    }

    private int triage(String id, String action, String note) throws Exception {
        MockHttpServletRequestBuilder request = post("/intake").with(users.as("krowan")).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("report", id).param("action", action);
        if (note != null) {
            request.param("note", note);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private String status(String id) throws Exception {
        return FmsXml.text(FmsXml.list(FmsXml.read(ok(get("/open311/v2/requests/" + id + ".xml"))), "request").get(0),
                "status");
    }

    private String ok(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/xml");
        return body(response);
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
