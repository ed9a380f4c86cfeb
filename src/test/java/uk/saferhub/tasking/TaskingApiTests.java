package uk.saferhub.tasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.MediaType.APPLICATION_JSON;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityAction;

/**
 * The tasking API: no key is 401, a key of an organisation outside the Leeds partnership finds nothing (404), a
 * reader's key reads but may not write (403), a contributor's key writes; refusals and stale changes are problem
 * details.
 */
@SaferHubTest
class TaskingApiTests {

    @Autowired
    uk.saferhub.geography.Geography geography;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    TaskingTestData data;

    @Autowired
    TaskingEditor editor;

    RequestPostProcessor leedsReader;
    RequestPostProcessor leedsContributor;
    RequestPostProcessor hertsCoordinator;
    RequestPostProcessor panel;

    @BeforeEach
    void keys() {
        leedsReader = apiKeys.of("leeds.admin", Role.READER);
        leedsContributor = apiKeys.of("leeds.admin", Role.CONTRIBUTOR);
        hertsCoordinator = apiKeys.of("herts.coordinator", Role.COORDINATOR);
        panel = apiKeys.of("leeds.admin", Role.PANEL_MEMBER);
    }

    @Test
    void groupsAndPrioritiesAreReadByThePartnersOnly() throws Exception {
        Priority priority = data.priority("Graffiti read over the API", HandlingLevel.PARTNERSHIP);
        editor.addAction(null, priority.id(), data.action("Remove the tags"));

        AccessMatrix.forApi(mvc, "/api/v1/tasking/groups")
                .anonymousUnauthorised().forbiddenFor(panel).okFor(leedsReader, hertsCoordinator);
        assertThat(body(AccessMatrix.forApi(mvc, "/api/v1/tasking/groups").as(leedsReader)))
                .contains("East North East local tasking group");
        assertThat(body(AccessMatrix.forApi(mvc, "/api/v1/tasking/groups").as(hertsCoordinator)))
                .doesNotContain("East North East local tasking group");

        String list = "/api/v1/priorities?size=100&group=" + data.eastNorthEast().id() + "&status=ACTIVE&category="
                + data.category("Graffiti") + "&place=" + data.ward("Gipton & Harehills");
        AccessMatrix.forApi(mvc, list).anonymousUnauthorised().forbiddenFor(panel).notFoundFor(hertsCoordinator)
                .okFor(leedsReader);
        assertThat(body(AccessMatrix.forApi(mvc, list).as(leedsReader))).contains(priority.id().toString());
        // A place filter takes an area too: the priority in Gipton & Harehills is in East North East, not in Armley.
        geography.place(uk.saferhub.geography.PlaceType.CITY_AREA, "LEEDS-ENE").ifPresent(area -> {
            String inArea = "/api/v1/priorities?size=100&place=" + area.id();
            String elsewhere = "/api/v1/priorities?size=100&place=" + data.ward("Armley");
            try {
                assertThat(body(AccessMatrix.forApi(mvc, inArea).as(leedsReader))).contains(priority.id().toString());
                assertThat(body(AccessMatrix.forApi(mvc, elsewhere).as(leedsReader)))
                        .doesNotContain(priority.id().toString());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(body(AccessMatrix.forApi(mvc, "/api/v1/priorities?size=100").as(hertsCoordinator)))
                .doesNotContain(priority.id().toString());
        assertThat(AccessMatrix.forApi(mvc, "/api/v1/priorities?size=500").as(leedsReader).getResponse()
                .getStatus()).isEqualTo(400);

        for (String url : new String[] {"/api/v1/priorities/" + priority.id(),
                "/api/v1/priorities/" + priority.id() + "/history"}) {
            AccessMatrix.forApi(mvc, url).anonymousUnauthorised().forbiddenFor(panel).notFoundFor(hertsCoordinator)
                    .okFor(leedsReader);
        }
        assertThat(body(AccessMatrix.forApi(mvc, "/api/v1/priorities/" + priority.id()).as(leedsReader)))
                .contains("Remove the tags", "\"history\":[]");
    }

    @Test
    void contributorsWriteAndRefusalsAreProblemDetails() throws Exception {
        String json = """
                {"categoryId": "%s", "title": "%s", "placeIds": ["%s"], "problem": "Cars left on the verges",
                 "ownerOrganisationId": "%s", "status": "ACTIVE", "handlingLevel": "PARTNERSHIP"}"""
                .formatted(data.category("Abandoned vehicles"), TaskingTestData.unique("Abandoned vehicles via API"),
                        data.ward("Killingbeck & Seacroft"), data.organisation("Leeds City Council"));
        String url = "/api/v1/tasking/groups/" + data.eastNorthEast().id() + "/priorities";
        AccessMatrix.forApi(mvc, () -> post(url).contentType(APPLICATION_JSON).content(json))
                .anonymousUnauthorised().forbiddenFor(leedsReader).notFoundFor(apiKeys.of("herts.coordinator",
                        Role.CONTRIBUTOR))
                .allowedFor(leedsContributor);

        Priority priority = data.priority("Litter changed over the API", HandlingLevel.PARTNERSHIP);
        String noOwner = """
                {"description": "Litter pick", "kind": "PROACTIVE", "byNextCycle": true}""";
        MvcResult refused = AccessMatrix.forApi(mvc, () -> post("/api/v1/priorities/" + priority.id() + "/actions")
                .contentType(APPLICATION_JSON).content(noOwner)).as(leedsContributor);
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused)).contains("Choose the organisation that owns the action");

        String action = """
                {"description": "Litter pick", "kind": "PROACTIVE", "byNextCycle": true, "ownerOrganisationId": "%s"}"""
                .formatted(data.organisation("Leeds City Council Environmental Services"));
        AccessMatrix.forApi(mvc, () -> post("/api/v1/priorities/" + priority.id() + "/actions")
                .contentType(APPLICATION_JSON).content(action))
                .anonymousUnauthorised().forbiddenFor(leedsReader).notFoundFor(hertsCoordinator)
                .allowedFor(leedsContributor);

        PriorityAction existing = editor.addAction(null, priority.id(), data.action("Sweep the precinct"));
        String done = """
                {"description": "Sweep the precinct", "kind": "PROACTIVE", "byNextCycle": true, "status": "DONE",
                 "outcome": "Precinct swept twice; 40 bags collected", "ownerOrganisationId": "%s", "version": 0}"""
                .formatted(data.organisation("Leeds City Council Environmental Services"));
        AccessMatrix.forApi(mvc, () -> put("/api/v1/priorities/" + priority.id() + "/actions/" + existing.id())
                .contentType(APPLICATION_JSON).content(done))
                .forbiddenFor(leedsReader).notFoundFor(hertsCoordinator).okFor(leedsContributor);
        MvcResult staleAction = AccessMatrix.forApi(mvc, () -> put("/api/v1/priorities/" + priority.id()
                + "/actions/" + existing.id()).contentType(APPLICATION_JSON).content(done)).as(leedsContributor);
        assertThat(staleAction.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(staleAction)).contains("Someone else changed this action");

        String change = """
                {"categoryId": "%s", "title": "%s", "placeIds": ["%s"], "problem": "Litter", "status": "MONITORING",
                 "ownerOrganisationId": "%s", "handlingLevel": "PARTNERSHIP", "version": %d}""";
        String first = change.formatted(data.category("Litter"), priority.title(), data.ward("Gipton & Harehills"),
                data.organisation("Safer Leeds"), 0);
        AccessMatrix.forApi(mvc, () -> put("/api/v1/priorities/" + priority.id()).contentType(APPLICATION_JSON)
                .content(first)).forbiddenFor(leedsReader).notFoundFor(hertsCoordinator).okFor(leedsContributor);
        MvcResult stale = AccessMatrix.forApi(mvc, () -> put("/api/v1/priorities/" + priority.id())
                .contentType(APPLICATION_JSON).content(first)).as(leedsContributor);
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(body(stale)).contains("\"changed\":[", "\"status\"", "category");
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}
