package uk.saferhub.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static uk.saferhub.workforce.WorkforceTestData.APRIL_2024;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.saferhub.directory.Directory;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.workforce.internal.AttachmentRole;
import uk.saferhub.workforce.internal.Workforce;
import uk.saferhub.workforce.internal.WorkforceEditor;

@SaferHubTest
class WorkforceApiTests {

    static final String CAMBS = "Cambridgeshire Constabulary";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys apiKeys;

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

    static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString());
    }

    MockHttpServletRequestBuilder attach(UUID pcso, String body) {
        return post("/api/v1/pcsos/" + pcso + "/attachments").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static String body(UUID ward, String role, String from, String to) {
        return "{\"wardIds\":[\"" + ward + "\"],\"role\":\"" + role + "\",\"from\":\"" + from + "\""
                + (to == null ? "" : ",\"to\":\"" + to + "\"") + "}";
    }

    @Test
    void thePcsosListHoldsThePcsosOfPartnersOnly() throws Exception {
        var scheme = data.scheme("Huntingdonshire District Council", "40", 2, "30000");
        var cambs = data.pcso(CAMBS, "St Neots Neighbourhood Policing Team", scheme);
        AccessMatrix.forApi(mvc, "/api/v1/pcsos?size=100&scheme=" + scheme.id())
                .anonymousUnauthorised()
                .forbiddenFor(apiKeys.of("admin", Role.PANEL_MEMBER))
                .okFor(apiKeys.of("admin", Role.READER), apiKeys.of("leeds.admin", Role.READER));
        JsonNode own = json(AccessMatrix.forApi(mvc, "/api/v1/pcsos?size=100&scheme=" + scheme.id())
                .as(apiKeys.of("admin", Role.READER)));
        assertThat(own.get("total").asInt()).isEqualTo(1);
        assertThat(own.get("items").get(0).get("collarNumber").asString()).isEqualTo(cambs.collarNumber());
        assertThat(own.get("items").get(0).get("teamName").asString()).isEqualTo("St Neots Neighbourhood Policing Team");
        JsonNode leeds = json(AccessMatrix.forApi(mvc, "/api/v1/pcsos?size=100&scheme=" + scheme.id())
                .as(apiKeys.of("leeds.admin", Role.READER)));
        assertThat(leeds.get("total").asInt()).isZero();
        assertThat(AccessMatrix.forApi(mvc, "/api/v1/pcsos?status=RETIRED").as(apiKeys.of("admin", Role.READER))
                .getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void aPcsoComesWithTheirAttachmentsAndIsAbsentForAnotherPartnership() throws Exception {
        var pcso = data.pcso(CAMBS, null, null);
        var ward = data.wards("Huntingdonshire api", 1).getFirst();
        data.attach(pcso, ward, AttachmentRole.DESIGNATED, APRIL_2024, null);
        AccessMatrix.forApi(mvc, "/api/v1/pcsos/" + pcso.id())
                .anonymousUnauthorised()
                .forbiddenFor(apiKeys.of("admin", Role.PANEL_MEMBER))
                .notFoundFor(apiKeys.of("leeds.admin", Role.ADMINISTRATOR))
                .okFor(apiKeys.of("admin", Role.READER));
        JsonNode shown = json(AccessMatrix.forApi(mvc, "/api/v1/pcsos/" + pcso.id())
                .as(apiKeys.of("admin", Role.READER)));
        assertThat(shown.get("forceName").asString()).isEqualTo(CAMBS);
        assertThat(shown.get("attachments").get(0).get("wardCode").asString()).isEqualTo(ward.code());
        assertThat(shown.get("attachments").get(0).get("role").asString()).isEqualTo("DESIGNATED");
        assertThat(shown.get("attachments").get(0).get("current").asBoolean()).isTrue();
    }

    @Test
    void schemesAreSeenByTheFundersPartnersOnly() throws Exception {
        var scheme = data.scheme("Huntingdonshire District Council", "30", 10, "30000");
        var pcso = data.pcso(CAMBS, null, scheme);
        var ward = data.wards("St Neots api", 1).getFirst();
        data.attach(pcso, ward, AttachmentRole.COVER, APRIL_2024, null);
        var herts = data.scheme("Hertfordshire County Council", "100", 4, null);
        AccessMatrix.forApi(mvc, "/api/v1/schemes?size=100")
                .anonymousUnauthorised()
                .forbiddenFor(apiKeys.of("admin", Role.PANEL_MEMBER))
                .okFor(apiKeys.of("admin", Role.READER));
        String list = AccessMatrix.forApi(mvc, "/api/v1/schemes?size=100").as(apiKeys.of("leeds.admin", Role.READER))
                .getResponse().getContentAsString();
        assertThat(list).doesNotContain(scheme.name(), herts.name());
        AccessMatrix.forApi(mvc, "/api/v1/schemes/" + scheme.id())
                .anonymousUnauthorised()
                .forbiddenFor(apiKeys.of("admin", Role.PANEL_MEMBER))
                .notFoundFor(apiKeys.of("leeds.admin", Role.READER))
                .okFor(apiKeys.of("admin", Role.READER));
        AccessMatrix.forApi(mvc, "/api/v1/schemes/" + herts.id())
                .notFoundFor(apiKeys.of("leeds.admin", Role.READER), apiKeys.of("admin", Role.READER));
        JsonNode shown = json(AccessMatrix.forApi(mvc, "/api/v1/schemes/" + scheme.id())
                .as(apiKeys.of("admin", Role.READER)));
        assertThat(shown.get("costToFunder").decimalValue()).isEqualByComparingTo("90000");
        assertThat(shown.get("pcsos").get(0).get("id").asString()).isEqualTo(pcso.id().toString());
        assertThat(shown.get("wardsToday").get(0).get("wardName").asString()).isEqualTo(ward.name());
        assertThat(shown.get("wardsToday").get(0).get("role").asString()).isEqualTo("COVER");
    }

    @Test
    void aCoordinatorsKeyAttachesAPcsoToAWardAndGets201() throws Exception {
        var pcso = data.pcso(CAMBS, null, null);
        var ward = data.wards("Hunts api attach", 1).getFirst();
        String body = body(ward.id(), "DESIGNATED", "2024-04-01", null);
        AccessMatrix.forApi(mvc, () -> attach(pcso.id(), body))
                .anonymousUnauthorised()
                .forbiddenFor(apiKeys.of("admin", Role.READER), apiKeys.of("admin", Role.CONTRIBUTOR))
                .notFoundFor(apiKeys.of("leeds.admin", Role.COORDINATOR));
        assertThat(data.attachmentsOf(pcso.id())).isZero();
        MvcResult created = AccessMatrix.forApi(mvc, () -> attach(pcso.id(), body))
                .as(apiKeys.of("admin", Role.COORDINATOR));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/pcsos/" + pcso.id());
        assertThat(json(created).get(0).get("wardId").asString()).isEqualTo(ward.id().toString());
        assertThat(data.attachmentsOf(pcso.id())).isEqualTo(1);
        assertThat(data.audited("CREATE", "patrol-attachment", json(created).get(0).get("id").asString()))
                .isEqualTo(1);
    }

    @Test
    void badAttachmentsAreRefusedWith400ProblemDetailsAndNothingIsAttached() throws Exception {
        var pcso = data.pcso(CAMBS, null, null);
        var ward = data.wards("Hunts api bad", 1).getFirst();
        data.attach(pcso, ward, AttachmentRole.DESIGNATED, APRIL_2024, null);
        var coordinator = apiKeys.of("admin", Role.COORDINATOR);
        for (String bad : new String[] {
                body(ward.id(), "DESIGNATED", "2025-01-01", null),
                body(ward.id(), "COVER", "2025-01-01", "2024-12-31"),
                body(data.district("Hunts api district").id(), "COVER", "2025-01-01", null),
                body(UUID.randomUUID(), "COVER", "2025-01-01", null),
                body(ward.id(), "PATROL", "2025-01-01", null),
                "{\"wardIds\":[],\"from\":\"2025-01-01\"}",
                "{\"wardIds\":[\"" + ward.id() + "\"]}",
                "not json"}) {
            MvcResult result = AccessMatrix.forApi(mvc, () -> attach(pcso.id(), bad)).as(coordinator);
            assertThat(result.getResponse().getStatus()).as(bad).isEqualTo(400);
            assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
        assertThat(data.attachmentsOf(pcso.id())).isEqualTo(1);
    }
}
