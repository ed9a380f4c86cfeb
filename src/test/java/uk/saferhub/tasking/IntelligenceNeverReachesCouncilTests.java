package uk.saferhub.tasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.saferhub.intake.ObservationFigures;
import uk.saferhub.intake.Observations;
import uk.saferhub.intake.internal.Grading;
import uk.saferhub.intake.internal.NewObservation;
import uk.saferhub.intake.internal.Observation;
import uk.saferhub.intake.internal.ObservationKind;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.tasking.internal.Priority;

/**
 * A piece of intelligence recorded by a PCSO, linked to a PUBLIC priority of the East North East group, beside a
 * quality-of-life observation linked to the same priority: the police see both; council and ALMO users, their API
 * keys and the public get the observation where it belongs and never the intelligence, by any route the issue names:
 * pages, the matrix exports, the Area Committee report, the API, Open311, the public site, the local data analysis,
 * search and the audit trail.
 */
@SaferHubTest
class IntelligenceNeverReachesCouncilTests {

    /** Words only the intelligence holds, in its description and its location. */
    private static final String SECRET = "Zephyrine" + UUID.randomUUID().toString().substring(0, 6);
    private static final String SHARED = "Marigold" + UUID.randomUUID().toString().substring(0, 6);

    private static Observation intelligence;
    private static Observation observation;
    private static Priority priority;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void intelligenceAndAnObservationOnAPublicPriority(@Autowired TaskingTestData data,
            @Autowired Observations observations) {
        if (intelligence != null) {
            return;
        }
        priority = data.priority("Graffiti on Harehills parade", HandlingLevel.PUBLIC);
        Instant seen = Instant.now().minus(2, ChronoUnit.DAYS);
        intelligence = observations.record(users.actor("pcso3301"), new NewObservation(ObservationKind.INTELLIGENCE,
                data.category("Drugs"), data.ward("Gipton & Harehills"), "Back of " + SECRET + " Terrace",
                53.80488, -1.524056, "Cars stop for a minute outside number 4 most evenings; " + SECRET, seen,
                priority.id(), new Grading("2", "C", "P", null)));
        observation = observations.record(users.actor("pcso3301"), new NewObservation(
                ObservationKind.QUALITY_OF_LIFE, data.category("Graffiti"), data.ward("Gipton & Harehills"),
                "Front of " + SHARED + " Parade", 53.80488, -1.524056, "Six fresh tags on the shutters; " + SHARED,
                seen, priority.id(), null));
    }

    @Test
    void theObservationPagesShowIntelligenceToThePoliceOnly() throws Exception {
        for (String police : List.of("pcso3301", "ene.inspector")) {
            assertThat(page("/observations", users.as(police))).as(police).contains(SECRET, SHARED);
            assertThat(page("/observations/" + intelligence.id(), users.as(police))).contains(SECRET, "2C P");
        }
        for (String council : List.of("mstenton", "krowan", "ene.homes", "leeds.admin")) {
            assertThat(page("/observations", users.as(council))).as(council).contains(SHARED)
                    .doesNotContain(SECRET);
            assertThat(page("/observations?kind=INTELLIGENCE", users.as(council))).doesNotContain(SECRET);
            assertThat(status("/observations/" + intelligence.id(), users.as(council))).as(council).isEqualTo(404);
            assertThat(page("/observations/" + observation.id(), users.as(council))).contains(SHARED);
        }
        assertThat(jdbc.sql("""
                select count(*) from audit_event where record_type = 'intake-observation' and record_id = ?
                   and action = 'VIEW'""").param(intelligence.id().toString()).query(Long.class).single())
                .as("each view of the intelligence is audited").isPositive();
    }

    @Test
    void thePriorityPageLinksTheIntelligenceForThePoliceOnly() throws Exception {
        String police = page("/tasking/priorities/" + priority.id(), users.as("ene.inspector"));
        assertThat(police).contains(SECRET, SHARED, "police only");
        for (String council : List.of("mstenton", "ene.homes")) {
            String page = page("/tasking/priorities/" + priority.id(), users.as(council));
            assertThat(page).as(council).contains(SHARED).doesNotContain(SECRET, intelligence.id().toString());
        }
    }

    @Test
    void noExportOrReportCarriesIt() throws Exception {
        RequestPostProcessor coordinator = users.as("mstenton");
        String group = data().eastNorthEast().id().value().toString();
        for (String export : List.of("/tasking/matrix?group=" + group, "/tasking/matrix.csv?group=" + group)) {
            assertThat(page(export, coordinator)).as(export).doesNotContain(SECRET);
        }
        assertThat(pdfText("/tasking/matrix.pdf?group=" + group, coordinator)).doesNotContain(SECRET);
        Body committee = committee();
        String report = "/tasking/reports/" + committee.id().value();
        assertThat(page(report, coordinator)).doesNotContain(SECRET);
        assertThat(pdfText(report + "/report.pdf", coordinator)).doesNotContain(SECRET);
        // Even a police reader's report, which may be issued to the committee, leaves intelligence out.
        assertThat(page(report, users.as("ene.inspector"))).doesNotContain(SECRET);
    }

    @Test
    void theApiGivesItToPoliceCallersOnly() throws Exception {
        RequestPostProcessor councilKey = apiKeys.of("leeds.admin", Role.READER);
        String list = page("/api/v1/observations", councilKey);
        assertThat(list).contains(observation.id().toString()).doesNotContain(intelligence.id().toString(), SECRET);
        assertThat(page("/api/v1/observations?kind=INTELLIGENCE", councilKey)).isEqualTo("[]");
        assertThat(status("/api/v1/observations/" + intelligence.id(), councilKey)).isEqualTo(404);
        assertThat(page("/api/v1/priorities/" + priority.id(), councilKey)).doesNotContain(SECRET);
        assertThat(page("/api/v1/priorities?group=" + data().eastNorthEast().id().value(), councilKey))
                .doesNotContain(SECRET);

        assertThat(page("/api/v1/observations", users.as("ene.inspector"))).contains(intelligence.id().toString());
        assertThat(page("/api/v1/observations/" + intelligence.id(), users.as("ene.inspector")))
                .contains(SECRET, "\"sourceEvaluation\":\"2\"");
    }

    @Test
    void open311AndThePublicSiteNeverCarryIt() throws Exception {
        for (String url : List.of("/open311/v2/requests.json", "/open311/v2/requests.xml",
                "/open311/v2/servicerequestupdates.xml", "/public/priorities",
                "/public/priorities/east-north-east-leeds", "/public/api/priorities/east-north-east-leeds")) {
            MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(url).doesNotContain(SECRET, SHARED);
        }
        assertThat(page("/public/api/priorities/east-north-east-leeds", null)).contains(priority.title());
    }

    @Test
    void theAnalysisCountsObservationsButNeverIntelligence(@Autowired ObservationFigures figures) throws Exception {
        assertThat(figures.numbered(List.of(intelligence.id().toString(), observation.id().toString())))
                .extracting(item -> item.id()).containsExactly(observation.id().toString());
        Instant from = Instant.now().minus(7, ChronoUnit.DAYS);
        assertThat(figures.placedIn(java.util.Set.of(data().ward("Gipton & Harehills")), from, Instant.now()))
                .extracting(item -> item.id()).contains(observation.id().toString())
                .doesNotContain(intelligence.id().toString());
        String analysis = "/tasking/groups/" + data().eastNorthEast().id().value() + "/analysis";
        for (String reader : List.of("mstenton", "ene.inspector")) {
            assertThat(page(analysis, users.as(reader))).as(reader).doesNotContain(SECRET);
        }
    }

    @Test
    void searchAndTheAuditTrailKeepItFromTheCouncil() throws Exception {
        assertThat(page("/search?q=" + SECRET, users.as("ene.inspector"))).contains("Intelligence (police only)",
                "/observations/" + intelligence.id());
        assertThat(page("/search?q=" + SHARED, users.as("mstenton"))).contains("/observations/" + observation.id());
        for (String council : List.of("mstenton", "ene.homes")) {
            assertThat(page("/search?q=" + SECRET, users.as(council))).as(council)
                    .doesNotContain("Cars stop for a minute", intelligence.id().toString());
            assertThat(page("/api/v1/search?q=" + SECRET, users.as(council))).as(council)
                    .doesNotContain(intelligence.id().toString());
        }
        String trail = "/admin/audit?recordType=intake-observation&recordId=" + intelligence.id();
        assertThat(page(trail, users.as("leeds.admin"))).doesNotContain("Intelligence recorded", SECRET);
        String observationTrail = "/admin/audit?recordType=intake-observation&recordId=" + observation.id();
        assertThat(page(observationTrail, users.as("leeds.admin"))).contains("Observation recorded");
    }

    @Autowired
    private TaskingTestData taskingTestData;

    @Autowired
    private Partnership partnership;

    private TaskingTestData data() {
        return taskingTestData;
    }

    private Body committee() {
        return partnership.bodies().stream().filter(body -> body.name().equals("East North East Area Committee"))
                .findFirst().orElseThrow();
    }

    private String page(String url, RequestPostProcessor caller) throws Exception {
        var request = get(url);
        if (caller != null) {
            request = request.with(caller);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String url, RequestPostProcessor caller) throws Exception {
        return mvc.perform(get(url).with(caller)).andReturn().getResponse().getStatus();
    }

    private String pdfText(String url, RequestPostProcessor caller) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(caller)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        try (var pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
