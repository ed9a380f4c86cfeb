package uk.saferhub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.MediaType.APPLICATION_JSON;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * Recording observations and intelligence: who may (police contributors), what the form and the API refuse and that a
 * refusal stores nothing, the ward worked out from a point, the 3x5x2 grading intelligence needs, and linking an
 * observation to a priority with a stale link refused.
 */
@SaferHubTest
class ObservationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PriorityChoices priorities;

    @Autowired
    Geography geography;

    @Test
    void onlyPoliceContributorsRecordAndEveryReaderSeesTheList() throws Exception {
        AccessMatrix.forPage(mvc, "/observations/new").anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("ene.homes"), users.as("mstenton"), users.as("cambs.analyst"))
                .okFor(users.as("pcso3301"), users.as("ene.inspector"), users.as("central.sergeant"));
        AccessMatrix.forPage(mvc, "/observations").anonymousRedirectsToSignIn()
                .okFor(users.as("ene.homes"), users.as("mstenton"), users.as("pcso3301"), users.as("herts.police"));
        AccessMatrix.forApi(mvc, () -> post("/api/v1/observations").with(csrf()).contentType(APPLICATION_JSON)
                .content(json("QUALITY_OF_LIFE", "Litter", "On or near Roundhay Road", "Bins overflowing", "")))
                .anonymousUnauthorised()
                .forbiddenFor(apiKeys.of("leeds.admin", Role.CONTRIBUTOR), apiKeys.of("admin", Role.COORDINATOR),
                        users.as("ene.homes"))
                .allowedFor(users.as("ene.inspector"));
    }

    @Test
    void aPointPlacesTheObservationInItsWardAndTheRecordShowsIt() throws Exception {
        String location = "On or near Chapeltown Road " + UUID.randomUUID().toString().substring(0, 6);
        MockHttpServletResponse sent = mvc.perform(form("pcso3301", "QUALITY_OF_LIFE", "Anti-social behaviour",
                location, "", "latitude", "53.815858", "longitude", "-1.531784"))
                .andReturn().getResponse();
        assertThat(sent.getStatus()).as(body(sent)).isEqualTo(302);
        String record = sent.getRedirectedUrl();
        String page = body(mvc.perform(get(record).with(users.as("pcso3301"))).andReturn().getResponse());
        String ward = geography.locate(53.815858, -1.531784).stream().filter(p -> p.type() == PlaceType.WARD)
                .findFirst().orElseThrow().name();
        assertThat(page).contains(location, ward.replace("&", "&amp;"), "PCSO 3301", "Not linked to a priority");
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'intake-observation' and "
                + "record_id = ? and action = 'CREATE'").param(record.substring(record.lastIndexOf('/') + 1))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedBesideItsFieldAndStoresNothing() throws Exception {
        long before = count();
        assertRefused(form("pcso3301", null, "Litter", "On or near Roundhay Road", ""),
                "Choose whether this is an observation or intelligence");
        assertRefused(form("pcso3301", "QUALITY_OF_LIFE", "Litter", "", ""), "Enter the street or named place");
        assertRefused(form("pcso3301", "QUALITY_OF_LIFE", "Litter", "Roundhay Road", "", "ward", ""),
                "Choose a ward, or add a map point");
        assertRefused(form("pcso3301", "QUALITY_OF_LIFE", "Litter", "Roundhay Road", "",
                "latitude", "53.8", "longitude", ""), "Enter both the latitude and the longitude");
        assertRefused(form("pcso3301", "QUALITY_OF_LIFE", "Litter", "Roundhay Road", "",
                "latitude", "north"), "Enter the latitude as a number");
        assertRefused(form("pcso3301", "QUALITY_OF_LIFE", "Litter", "Roundhay Road", "",
                "latitude", "51.5072", "longitude", "-0.1276", "ward", ""),
                "That point is not in a ward SaferHub knows");
        assertRefused(form("pcso3301", "QUALITY_OF_LIFE", "Litter", "Roundhay Road", "",
                "description", "x".repeat(2001)), "2,000 characters or fewer");
        assertRefused(form("pcso3301", "QUALITY_OF_LIFE", "Litter", "Roundhay Road", "",
                "observedDate.year", String.valueOf(LocalDate.now().getYear() + 1)), "must not be in the future");
        assertRefused(form("pcso3301", "QUALITY_OF_LIFE", "Litter", "Roundhay Road", "",
                "observedTime", "25:99"), "Enter the time as hours and minutes");
        assertRefused(form("pcso3301", "QUALITY_OF_LIFE", "Litter", "Roundhay Road", "",
                "priority", UUID.randomUUID().toString()), "Choose a priority from the list");
        assertRefused(form("pcso3301", "INTELLIGENCE", "Drugs", "Roundhay Road", ""),
                "Choose the source evaluation of the intelligence");
        assertRefused(form("pcso3301", "INTELLIGENCE", "Drugs", "Roundhay Road", "",
                "sourceEvaluation", "2", "intelligenceAssessment", "B", "handlingCode", "C"),
                "Enter the conditions of sharing for handling code C");
        assertThat(count()).as("nothing stored by a refused observation").isEqualTo(before);

        MvcResult api = mvc.perform(post("/api/v1/observations").with(users.as("ene.inspector")).with(csrf())
                .contentType(APPLICATION_JSON).content(json("INTELLIGENCE", "Drugs", "Roundhay Road", "Seen", "")))
                .andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.getResponse().getContentType()).contains("application/problem+json");
        assertThat(body(api.getResponse())).contains("Choose the source evaluation");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void intelligenceIsGradedAndPoliceOnly() throws Exception {
        MvcResult recorded = mvc.perform(post("/api/v1/observations").with(users.as("ene.inspector")).with(csrf())
                .contentType(APPLICATION_JSON).content(json("INTELLIGENCE", "Drugs", "Harehills Lane", "Deals seen",
                        ", \"sourceEvaluation\": \"1\", \"intelligenceAssessment\": \"B\", \"handlingCode\": \"C\","
                                + " \"handlingConditions\": \"Not to be shared outside the NPT\""))).andReturn();
        assertThat(recorded.getResponse().getStatus()).as(body(recorded.getResponse())).isEqualTo(201);
        String id = recorded.getResponse().getHeader("Location").replaceAll(".*/", "");
        assertThat(jdbc.sql("select handling_level from intake_observation where id = ?::uuid").param(id)
                .query(String.class).single()).isEqualTo("POLICE_ONLY");
        AccessMatrix.forPage(mvc, "/observations/" + id).anonymousRedirectsToSignIn()
                .notFoundFor(users.as("mstenton"), users.as("ene.homes"), users.as("herts.police"))
                .okFor(users.as("pcso3301"), users.as("ene.inspector"));
        assertThat(body(mvc.perform(get("/observations/" + id).with(users.as("pcso3301"))).andReturn()
                .getResponse())).contains("1B C", "Not to be shared outside the NPT", "only police officers");
    }

    @Test
    void anObservationIsLinkedToAPriorityAndAStaleLinkIsRefused() throws Exception {
        var priority = priorities.open(users.actor("pcso3301")).getFirst();
        String record = mvc.perform(form("pcso3301", "QUALITY_OF_LIFE", "Graffiti", "On or near Chapman Street", ""))
                .andReturn().getResponse().getRedirectedUrl();
        String id = record.substring(record.lastIndexOf('/') + 1);

        AccessMatrix.forPage(mvc, () -> post(record + "/priority").with(csrf()).param("priority",
                priority.id().toString()).param("version", "0"))
                .forbiddenFor(users.as("ene.homes"))
                .allowedFor(users.as("pcso3301"));
        assertThat(jdbc.sql("select priority_id from intake_observation where id = ?::uuid").param(id)
                .query(UUID.class).single()).isEqualTo(priority.id());
        MockHttpServletResponse stale = mvc.perform(post(record + "/priority").with(users.as("ene.inspector"))
                .with(csrf()).param("priority", "").param("version", "0")).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(200);
        assertThat(body(stale)).contains("Someone changed this since you opened it");
        assertThat(jdbc.sql("select priority_id from intake_observation where id = ?::uuid").param(id)
                .query(UUID.class).single()).isEqualTo(priority.id());
        // A council contributor who may see the observation may still not change its link.
        assertThat(mvc.perform(post(record + "/priority").with(users.as("krowan")).with(csrf())
                .param("priority", "").param("version", "1")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    /** The form filled in as a PCSO would today in Roundhay, with {@code changes} (name, value, ...) over it. */
    private MockHttpServletRequestBuilder form(String username, String kind, String category, String location,
            String description, String... changes) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        UUID categoryId = priorities.categories().stream().filter(one -> one.name().equals(category)).findFirst()
                .orElseThrow().id();
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("kind", kind);
        fields.put("category", categoryId.toString());
        fields.put("location", location);
        fields.put("ward", ward("Roundhay").toString());
        fields.put("description", description.isEmpty() ? "Seen on patrol" : description);
        fields.put("observedDate.day", String.valueOf(today.getDayOfMonth()));
        fields.put("observedDate.month", String.valueOf(today.getMonthValue()));
        fields.put("observedDate.year", String.valueOf(today.getYear()));
        fields.put("observedTime", "00:05");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        var request = post("/observations").with(users.as(username)).with(csrf());
        fields.forEach((name, value) -> {
            if (value != null) {
                request.param(name, value);
            }
        });
        return request;
    }

    private String json(String kind, String category, String location, String description, String more) {
        UUID categoryId = priorities.categories().stream().filter(one -> one.name().equals(category)).findFirst()
                .orElseThrow().id();
        return """
                {"kind": "%s", "categoryId": "%s", "wardId": "%s", "location": "%s", "description": "%s",
                 "observedAt": "%s"%s}""".formatted(kind, categoryId, ward("Roundhay"), location, description,
                java.time.OffsetDateTime.now().minusHours(1), more);
    }

    private UUID ward(String name) {
        return geography.places(PlaceType.WARD).stream().filter(place -> place.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    private void assertRefused(MockHttpServletRequestBuilder request, String message) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(message).isEqualTo(200);
        assertThat(body(response)).contains("govuk-error-summary", message);
    }

    private long count() {
        return jdbc.sql("select count(*) from intake_observation").query(Long.class).single();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
