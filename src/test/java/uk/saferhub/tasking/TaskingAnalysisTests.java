package uk.saferhub.tasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.tasking.internal.EvidenceStore;
import uk.saferhub.tasking.internal.LocalAnalysis;
import uk.saferhub.tasking.internal.LocalFigures.Cycle;
import uk.saferhub.tasking.internal.LocalFigures.Row;
import uk.saferhub.tasking.internal.LocalFigures.TopLocation;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityStatus;

/**
 * The local data analysis of a tasking cycle on reports made here: the counts and change, the map with its table,
 * proposing a priority in one step with its evidence, who may do each, and bad addresses.
 */
@SaferHubTest
class TaskingAnalysisTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TaskingTestData data;

    @Autowired
    TaskingAnalysis analyses;

    @Autowired
    Tasking tasking;

    @Autowired
    EvidenceStore evidence;

    @Autowired
    JdbcClient jdbc;

    @Test
    void countsTheReportsOfEachCycleByCategoryAndWardWithTheChange() {
        BodyId group = data.eastNorthEast().id();
        LocalAnalysis before = analyses.analysis(users.actor("mstenton"), group, null);
        List<Cycle> cycles = before.figures().cycles();
        assertThat(cycles).hasSize(TaskingAnalysis.CYCLES);
        assertThat(cycles.getLast().meetingId()).isEqualTo(before.meeting().id());
        assertThat(cycles.get(2).to()).isEqualTo(cycles.getLast().from());
        String street = "Analysis Street " + UUID.randomUUID();
        reports(3, "GRAF", cycles.getLast(), 53.81977, -1.49711, street);
        reports(1, "GRAF", cycles.get(cycles.size() - 2), 53.81977, -1.49711, street);
        reports(2, "LITTER", cycles.getLast(), 53.81977, -1.49711, street);

        LocalAnalysis after = analyses.analysis(users.actor("mstenton"), group, null);
        assertThat(latest(after.figures().categories(), "Graffiti") - latest(before.figures().categories(),
                "Graffiti")).isEqualTo(3);
        assertThat(previous(after.figures().categories(), "Graffiti") - previous(before.figures().categories(),
                "Graffiti")).isEqualTo(1);
        Row graffiti = row(after.figures().categories(), "Graffiti");
        assertThat(graffiti.change()).isEqualTo(graffiti.latest() - graffiti.previous());
        assertThat(latest(after.figures().categories(), "Litter") - latest(before.figures().categories(),
                "Litter")).isEqualTo(2);
        assertThat(latest(after.figures().wards(), "Gipton & Harehills")
                - latest(before.figures().wards(), "Gipton & Harehills")).isEqualTo(5);
        TopLocation top = top(after, street);
        assertThat(top.count()).isGreaterThanOrEqualTo(5);
        assertThat(top.category()).isEqualTo("Graffiti");
    }

    @Test
    void theMapIsSvgWithATableOfTheSameLocations() throws Exception {
        BodyId group = data.eastNorthEast().id();
        Cycle latest = analyses.analysis(users.actor("mstenton"), group, null).figures().cycles().getLast();
        String street = "Map Street " + UUID.randomUUID();
        reports(4, "FLY", latest, 53.80512, -1.50555, street);
        Document page = page(AccessMatrix.forPage(mvc, "/tasking/groups/" + group.value() + "/analysis")
                .as(users.as("ene.homes")).getResponse().getContentAsString());
        assertThat(page.select("figure#analysis-map svg path")).isNotEmpty();
        assertThat(page.select("figure#analysis-map svg circle title").text()).contains(street);
        assertThat(page.select("#top-locations tbody tr").stream().filter(row -> row.text().contains(street))
                .findFirst().orElseThrow().text()).contains("Fly-tipping", "Gipton & Harehills");
        assertThat(page.select("#categories").text()).contains("Fly-tipping");
        assertThat(page.select("#wards").text()).contains("Gipton & Harehills");
        assertThat(page.text()).contains("Recorded crime");
        // Reachable from the meeting it analyses.
        String meeting = "/meetings/" + analyses.analysis(users.actor("ene.homes"), group, null).meeting().id();
        assertThat(page(AccessMatrix.forPage(mvc, meeting).as(users.as("ene.homes")).getResponse()
                .getContentAsString()).select("a[href*=/analysis]").attr("href"))
                .isEqualTo("/tasking/groups/" + group.value() + "/analysis?meeting="
                        + analyses.analysis(users.actor("ene.homes"), group, null).meeting().id());
        // A reader may not propose: no buttons.
        assertThat(page.select("form[action$=/analysis/propose]")).isEmpty();
    }

    @Test
    void aCoordinatorProposesAPriorityInOneStepWithItsEvidenceLinked() throws Exception {
        BodyId group = data.eastNorthEast().id();
        LocalAnalysis analysis = analyses.analysis(users.actor("mstenton"), group, null);
        String street = "Propose Street " + UUID.randomUUID();
        List<Long> numbers = reports(3, "ABVEH", analysis.figures().cycles().getLast(), 53.83001, -1.48002,
                street);
        TopLocation top = top(analyses.analysis(users.actor("mstenton"), group, null), street);

        String location = AccessMatrix.forPage(mvc, () -> propose(group, analysis, "LOCATION", top.key()))
                .as(users.as("krowan")).getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/tasking/priorities/");
        UUID id = UUID.fromString(location.substring("/tasking/priorities/".length()));
        Priority priority = tasking.priority(users.actor("krowan"), id).priority();
        assertThat(priority.status()).isEqualTo(PriorityStatus.PROPOSED);
        assertThat(priority.groupBodyId()).isEqualTo(group.value());
        assertThat(priority.categoryId()).isEqualTo(data.category("Abandoned vehicles"));
        assertThat(priority.placeIds()).containsExactly(data.ward("Gipton & Harehills"));
        assertThat(priority.locationText()).isEqualTo(street);
        assertThat(priority.latitude()).isEqualTo(53.83001, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(priority.startedMeetingId()).isEqualTo(analysis.meeting().id());
        assertThat(priority.problem()).contains("3 reports", street);
        assertThat(evidence.of(id)).extracting(EvidenceStore.Link::itemId)
                .containsExactlyInAnyOrderElementsOf(numbers.stream().map(String::valueOf).toList());

        // The reports are routed to Safer Leeds: linked for its people, named but not linked for the ALMO.
        Document forSaferLeeds = page(AccessMatrix.forPage(mvc, location).as(users.as("mstenton")).getResponse()
                .getContentAsString());
        assertThat(forSaferLeeds.select("#evidence-links a")).hasSize(3);
        assertThat(forSaferLeeds.select("#evidence-links").text()).contains("Report " + numbers.getFirst());
        Document forTheAlmo = page(AccessMatrix.forPage(mvc, location).as(users.as("ene.homes")).getResponse()
                .getContentAsString());
        assertThat(forTheAlmo.select("#evidence-links li")).hasSize(3);
        assertThat(forTheAlmo.select("#evidence-links a")).isEmpty();

        // Proposing the same again is refused with the form's error, adding nothing.
        var again = AccessMatrix.forPage(mvc, () -> propose(group, analysis, "LOCATION", top.key()))
                .as(users.as("krowan")).getResponse();
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(page(again.getContentAsString()).select(".govuk-error-summary").text())
                .contains("already has an open priority");

        // By category too.
        String byCategory = AccessMatrix.forPage(mvc, () -> propose(group, analysis, "CATEGORY", "abandoned vehicle"))
                .as(users.as("mstenton")).getResponse().getRedirectedUrl();
        UUID second = UUID.fromString(byCategory.substring("/tasking/priorities/".length()));
        assertThat(tasking.priority(users.actor("mstenton"), second).priority().status())
                .isEqualTo(PriorityStatus.PROPOSED);
        assertThat(evidence.of(second)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void whoMaySeeTheAnalysisAndWhoMayProposeFromIt() {
        BodyId group = data.eastNorthEast().id();
        String url = "/tasking/groups/" + group.value() + "/analysis";
        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("panel.member"))
                .notFoundFor(users.as("herts.coordinator"), users.as("ewilson"))
                .okFor(users.as("mstenton"), users.as("ene.homes"), users.as("ene.inspector"));
        LocalAnalysis analysis = analyses.analysis(users.actor("mstenton"), group, null);
        String street = "Access Street " + UUID.randomUUID();
        reports(2, "DOG", analysis.figures().cycles().getLast(), 53.81111, -1.52222, street);
        String key = top(analyses.analysis(users.actor("mstenton"), group, null), street).key();
        AccessMatrix.forPage(mvc, () -> propose(group, analysis, "LOCATION", key))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("ene.homes"), users.as("panel.member"))
                .notFoundFor(users.as("ewilson"), users.as("central.sergeant"))
                .allowedFor(users.as("krowan"));
    }

    @Test
    void anUnknownMeetingOrOneOfAnotherGroupIsNotFound() {
        String url = "/tasking/groups/" + data.eastNorthEast().id().value() + "/analysis?meeting=";
        Body other = data.group("West North West local tasking group");
        UUID otherMeeting = analyses.analysis(users.actor("mstenton"), other.id(), null).meeting().id();
        AccessMatrix.forPage(mvc, url + UUID.randomUUID()).notFoundFor(users.as("mstenton"));
        AccessMatrix.forPage(mvc, url + otherMeeting).notFoundFor(users.as("mstenton"));
        AccessMatrix.forPage(mvc, url + "not-a-meeting").notFoundFor(users.as("mstenton"));
        AccessMatrix.forPage(mvc, "/tasking/groups/" + UUID.randomUUID() + "/analysis")
                .notFoundFor(users.as("mstenton"));
        LocalAnalysis analysis = analyses.analysis(users.actor("mstenton"), data.eastNorthEast().id(), null);
        AccessMatrix.forPage(mvc, () -> propose(data.eastNorthEast().id(), analysis, "LOCATION", "nowhere"))
                .notFoundFor(users.as("mstenton"));
    }

    private MockHttpServletRequestBuilder propose(BodyId group, LocalAnalysis analysis, String kind, String key) {
        return post("/tasking/groups/" + group.value() + "/analysis/propose").with(csrf())
                .param("meeting", analysis.meeting().id().toString()).param("kind", kind).param("key", key);
    }

    private List<Long> reports(int count, String service, Cycle cycle, double lat, double lon, String street) {
        List<Long> numbers = new ArrayList<>();
        Instant at = cycle.from().plusSeconds(7200);
        for (int i = 0; i < count; i++) {
            numbers.add(jdbc.sql("""
                    insert into intake_request (token, service_code, status, latitude, longitude, address_string,
                        ward_id, routed_organisation_id, description, requested_at, updated_at)
                    values (?, ?, 'open', ?, ?, ?, ?, ?, 'Made by the analysis test', ?, ?) returning id""")
                    .params(UUID.randomUUID(), service, lat + i * 0.00001, lon, street, data.ward("Gipton & Harehills"),
                            data.organisation("Safer Leeds"), Timestamp.from(at), Timestamp.from(at))
                    .query(Long.class).single());
        }
        return numbers;
    }

    private static TopLocation top(LocalAnalysis analysis, String street) {
        return analysis.figures().top().stream().filter(top -> street.equals(top.location())).findFirst()
                .orElseThrow();
    }

    private static Row row(List<Row> rows, String label) {
        return rows.stream().filter(row -> row.label().equals(label)).findFirst().orElseThrow();
    }

    private static long latest(List<Row> rows, String label) {
        return rows.stream().filter(row -> row.label().equals(label)).mapToLong(Row::latest).sum();
    }

    private static long previous(List<Row> rows, String label) {
        return rows.stream().filter(row -> row.label().equals(label)).mapToLong(Row::previous).sum();
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }
}
