package uk.saferhub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.intake.internal.RequestStore;
import uk.saferhub.shared.SaferHubProperties;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.SaferHubTest;

/**
 * An Open311 client against SaferHub's server, with the real payloads of ../shared/data/open311 (the Ruby open311
 * gem's fixtures, mySociety's Merton adapter fixtures for FixMyStreet, open311status's JSON) as the shapes each
 * endpoint must answer in: every element or key a real server's answer has, ours has too, in XML and JSON. Skipped
 * with a message when the data folder is missing.
 */
@SaferHubTest
class Open311ClientTests {

    private static IntakeFixtures place;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SaferHubProperties properties;

    private final JsonMapper json = JsonMapper.builder().build();
    private Path data;

    @BeforeEach
    void theirPayloadsAndOurPlace(@Autowired PlaceStore places, @Autowired RequestStore requests,
            @Autowired Directory directory, @Autowired ApplicationEventPublisher events) {
        data = properties.referenceDataPath().resolve("open311");
        Assumptions.assumeTrue(Files.isDirectory(data),
                "Skipped: the Open311 payloads folder " + data + " (saferhub.reference-data-dir/open311) is missing");
        if (place == null) {
            place = IntakeFixtures.create(places, requests, directory, events);
        }
    }

    @Test
    void theServiceListHasEveryFieldOfTheGemsMertonsAndOpen311StatusLists() throws Exception {
        Element ours = Open311Xml.parse(body(get("/open311/v2/services.xml")));
        assertThat(ours.getTagName()).isEqualTo("services");
        Element service = Open311Xml.first(ours, "service");
        for (String file : new String[] {"codeforamerica-open311-gem/services.xml",
                "mysociety-open311-adapter-merton/services.xml"}) {
            Element theirs = Open311Xml.parse(payload(file));
            assertThat(ours.getTagName()).isEqualTo(theirs.getTagName());
            assertThat(Open311Xml.names(service)).as(file)
                    .containsAll(Open311Xml.names(Open311Xml.first(theirs, "service")));
        }
        assertThat(Open311Xml.children(ours)).extracting(each -> Open311Xml.text(each, "service_code"))
                .contains("GRAF", "FLY", "LITTER", "ABVEH", "DOG", "ASB");
        assertThat(Open311Xml.text(service, "group")).isNotBlank();
        assertThat(Open311Xml.text(service, "keywords")).contains("graffiti");

        JsonNode list = json.readTree(body(get("/open311/v2/services.json")));
        JsonNode theirs = json.readTree(payload("open311status-spec/service_list.json"));
        assertThat(list.isArray()).isTrue();
        assertThat(keys(list.get(0))).containsAll(keys(theirs.get(0)));
        assertThat(list.get(0).get("metadata").isBoolean()).isEqualTo(theirs.get(0).get("metadata").isBoolean());
    }

    @Test
    void aServiceDefinitionHasEveryFieldOfTheGemsAndMertonsDefinitions() throws Exception {
        Element ours = Open311Xml.parse(body(get("/open311/v2/services/FLY.xml")));
        Element gem = Open311Xml.parse(payload("codeforamerica-open311-gem/service_definition.xml"));
        Element merton = Open311Xml.parse(payload("mysociety-open311-adapter-merton/service.xml"));
        assertThat(ours.getTagName()).isEqualTo(gem.getTagName()).isEqualTo(merton.getTagName());
        assertThat(Open311Xml.names(ours)).containsAll(Open311Xml.names(merton));
        Element attribute = Open311Xml.first(Open311Xml.first(ours, "attributes"), "attribute");
        Element gemAttribute = Open311Xml.first(gem, "attribute");
        assertThat(Open311Xml.names(attribute)).containsAll(Open311Xml.names(gemAttribute));
        Set<String> mertonFields = new LinkedHashSet<>();
        Open311Xml.children(Open311Xml.first(merton, "attributes"))
                .forEach(each -> mertonFields.addAll(Open311Xml.names(each)));
        mertonFields.remove("automated"); // FixMyStreet's own extension for fields it fills itself
        assertThat(Open311Xml.names(attribute)).containsAll(mertonFields);
        Element value = Open311Xml.first(Open311Xml.first(attribute, "values"), "value");
        assertThat(Open311Xml.names(value)).containsAll(
                Open311Xml.names(Open311Xml.first(Open311Xml.first(gemAttribute, "values"), "value")));
        assertThat(Open311Xml.text(attribute, "datatype")).isEqualTo(Open311Xml.text(gemAttribute, "datatype"));

        JsonNode definition = json.readTree(body(get("/open311/v2/services/FLY.json")));
        assertThat(definition.get("service_code").asString()).isEqualTo("FLY");
        assertThat(definition.get("attributes").get(0).get("values").get(0).has("key")).isTrue();
    }

    @Test
    void aPostedReportAnswersLikeTheGemsAndMertonsAndReadsBackLikeTheirRequests() throws Exception {
        String[] point = place.point(0);
        MockHttpServletResponse posted = mvc.perform(post("/open311/v2/requests.xml")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("api_key", apiKeys.plainKey("leeds.admin", Role.CONTRIBUTOR))
                .param("jurisdiction_id", "leeds.saferhub")
                .param("service_code", "GRAF").param("lat", point[0]).param("long", point[1])
                .param("attribute[offensive]", "no").param("description", "Tags on the bus shelter, café side")
                .param("email", "resident@example.org").param("first_name", "Ada").param("last_name", "Client")
                .param("phone", "0113 496 0000")).andReturn().getResponse();
        assertThat(posted.getStatus()).as(posted.getContentAsString()).isEqualTo(201);
        assertThat(posted.getContentType()).startsWith("text/xml").containsIgnoringCase("utf-8");
        Element created = Open311Xml.parse(posted.getContentAsString(StandardCharsets.UTF_8));
        Element gemCreated = Open311Xml.parse(payload("codeforamerica-open311-gem/post_service_request.xml"));
        Element mertonCreated = Open311Xml.parse(payload("mysociety-open311-adapter-merton/requestpost.xml"));
        assertThat(created.getTagName()).isEqualTo(gemCreated.getTagName()).isEqualTo(mertonCreated.getTagName());
        Element request = Open311Xml.first(created, "request");
        assertThat(Open311Xml.names(request)).containsAll(Open311Xml.names(Open311Xml.first(gemCreated, "request")))
                .containsAll(Open311Xml.names(Open311Xml.first(mertonCreated, "request")));
        String id = Open311Xml.text(request, "service_request_id");
        String token = Open311Xml.text(request, "token");

        Element one = Open311Xml.parse(body(get("/open311/v2/requests/" + id + ".xml")));
        Element gemOne = Open311Xml.parse(payload("codeforamerica-open311-gem/get_service_request.xml"));
        assertThat(one.getTagName()).isEqualTo(gemOne.getTagName());
        Element read = Open311Xml.first(one, "request");
        assertThat(Open311Xml.names(read)).containsAll(Open311Xml.names(Open311Xml.first(gemOne, "request")));
        assertThat(Open311Xml.text(read, "agency_responsible")).isEqualTo("Leeds City Council Environmental Services");
        assertThat(Open311Xml.text(read, "description")).isEqualTo("Tags on the bus shelter, café side");
        assertThat(Open311Xml.text(read, "requested_datetime"))
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");

        Element list = Open311Xml.parse(body(get("/open311/v2/requests.xml?service_request_id=" + id + ",1")));
        Element gemList = Open311Xml.parse(payload("codeforamerica-open311-gem/service_requests.xml"));
        assertThat(list.getTagName()).isEqualTo(gemList.getTagName());
        assertThat(Open311Xml.children(list)).hasSize(1);

        JsonNode jsonList = json.readTree(body(get("/open311/v2/requests.json?service_code=GRAF&status=open")));
        JsonNode chicago = json.readTree(payload("open311status-spec/service_requests.json"));
        JsonNode ours = null;
        for (JsonNode each : jsonList) {
            if (each.get("service_request_id").asString().equals(id)) {
                ours = each;
            }
        }
        assertThat(ours).as("report " + id + " in the JSON list").isNotNull();
        assertThat(keys(ours)).containsAll(keys(chicago.get(1)));
        assertThat(ours.get("lat").isNumber()).isEqualTo(chicago.get(0).get("lat").isNumber());

        Element byToken = Open311Xml.parse(body(get("/open311/v2/tokens/" + token + ".xml")));
        for (String file : new String[] {"codeforamerica-open311-gem/request_id_from_token.xml",
                "mysociety-open311-adapter-merton/token.xml"}) {
            Element theirs = Open311Xml.parse(payload(file));
            assertThat(byToken.getTagName()).isEqualTo(theirs.getTagName());
            assertThat(Open311Xml.names(Open311Xml.first(byToken, "request")))
                    .containsAll(Open311Xml.names(Open311Xml.first(theirs, "request")));
        }
        assertThat(Open311Xml.text(Open311Xml.first(byToken, "request"), "service_request_id")).isEqualTo(id);

        for (String format : new String[] {"xml", "json"}) {
            String everything = body(get("/open311/v2/requests." + format)) + body(get("/open311/v2/requests/" + id
                    + "." + format));
            assertThat(everything).doesNotContain("resident@example.org", "Ada", "0113 496 0000", "Client");
        }
    }

    @Test
    void anUnknownRequestAnswers404WithTheGemsErrorBodyAndAnEmptyListIsTheGemsEmptyList() throws Exception {
        MockHttpServletResponse missing = mvc.perform(get("/open311/v2/requests/not-an-id.xml")).andReturn()
                .getResponse();
        assertThat(missing.getStatus()).isEqualTo(404);
        Element ours = Open311Xml.parse(missing.getContentAsString(StandardCharsets.UTF_8));
        Element theirs = Open311Xml.parse(payload("codeforamerica-open311-gem/get_service_request_not_found.xml"));
        assertThat(ours.getTagName()).isEqualTo(theirs.getTagName());
        Element error = Open311Xml.first(ours, "error");
        assertThat(Open311Xml.names(error)).containsAll(Open311Xml.names(Open311Xml.first(theirs, "error")));
        assertThat(Open311Xml.text(error, "code")).isEqualTo(Open311Xml.text(Open311Xml.first(theirs, "error"),
                "code"));
        assertThat(Open311Xml.text(error, "description")).contains("not-an-id");

        JsonNode jsonMissing = json.readTree(mvc.perform(get("/open311/v2/requests/999999999.json")).andReturn()
                .getResponse().getContentAsString());
        assertThat(jsonMissing.get(0).get("code").asInt()).isEqualTo(404);

        Element empty = Open311Xml.parse(body(get("/open311/v2/requests.xml?service_request_id=999999998")));
        Element gemEmpty = Open311Xml.parse(payload("codeforamerica-open311-gem/service_requests_empty.xml"));
        assertThat(empty.getTagName()).isEqualTo(gemEmpty.getTagName());
        assertThat(Open311Xml.children(empty)).isEqualTo(Open311Xml.children(gemEmpty)).isEmpty();
    }

    @Test
    void aWrongApiKeyAnswersTheGems403WithAnErrorBodyAndStoresNothing() throws Exception {
        String raw = payload("codeforamerica-open311-gem/403.xml");
        int theirStatus = Integer.parseInt(raw.lines().findFirst().orElseThrow().split(" ")[1]);
        Element theirBody = Open311Xml.parse(raw.substring(raw.indexOf("<?xml")));
        int before = IntakeFixtures.count(jdbc);
        String[] point = place.point(0);
        MockHttpServletResponse refused = mvc.perform(post("/open311/v2/requests.xml")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", "shk_not_a_real_key_at_all")
                .param("service_code", "LITTER").param("lat", point[0]).param("long", point[1])).andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(theirStatus);
        Element ours = Open311Xml.parse(refused.getContentAsString(StandardCharsets.UTF_8));
        Element error = Open311Xml.first(ours, theirBody.getTagName());
        assertThat(Open311Xml.text(error, "code")).isEqualTo("403");
        assertThat(Open311Xml.text(error, "description")).contains("api_key");
        assertThat(IntakeFixtures.count(jdbc)).isEqualTo(before);
    }

    @Test
    void discoveryNamesTheSpecificationAndBothFormats() throws Exception {
        Element discovery = Open311Xml.parse(body(get("/open311/v2/discovery.xml")));
        Element endpoint = Open311Xml.first(Open311Xml.first(discovery, "endpoints"), "endpoint");
        assertThat(Open311Xml.text(endpoint, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(Open311Xml.first(endpoint, "formats").getTextContent()).contains("text/xml", "application/json");
        assertThat(json.readTree(body(get("/open311/v2/discovery.json"))).get("endpoints").get(0).get("url")
                .asString()).endsWith("/open311/v2/");
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String payload(String file) throws IOException {
        return Files.readString(data.resolve(file), StandardCharsets.UTF_8);
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new LinkedHashSet<>();
        Iterator<String> names = node.propertyNames().iterator();
        names.forEachRemaining(keys::add);
        return keys;
    }
}
