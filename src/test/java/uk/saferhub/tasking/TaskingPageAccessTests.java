package uk.saferhub.tasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.audit.AuditRecord;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityAction;

/**
 * Who may use each tasking page: not signed in goes to sign in, a role too low is 403, an organisation outside the
 * Leeds partnership (Hertfordshire, Huntingdonshire) finds nothing (404), and the Leeds partners may.
 */
@SaferHubTest
class TaskingPageAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TaskingTestData data;

    @Autowired
    TaskingEditor editor;

    @Autowired
    AuditTrail audit;

    @Test
    void theGroupsAndAGroupAreSeenByTheLeedsPartnersOnly() throws Exception {
        Priority priority = data.priority("Graffiti on the station bridge", HandlingLevel.PARTNERSHIP);
        AccessMatrix.forPage(mvc, "/tasking")
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("panel.member"))
                .okFor(users.as("mstenton"), users.as("ene.homes"), users.as("herts.coordinator"));
        String listed = page(AccessMatrix.forPage(mvc, "/tasking").as(users.as("mstenton")).getResponse()
                .getContentAsString()).select("table").text();
        assertThat(listed).contains("East North East local tasking group", "West North West local tasking group",
                "South East local tasking group");
        assertThat(page(AccessMatrix.forPage(mvc, "/tasking").as(users.as("herts.coordinator")).getResponse()
                .getContentAsString()).text()).doesNotContain("East North East local tasking group");

        String group = "/tasking/groups/" + data.eastNorthEast().id();
        AccessMatrix.forPage(mvc, group)
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("panel.member"))
                .notFoundFor(users.as("herts.coordinator"), users.as("ewilson"))
                .okFor(users.as("mstenton"), users.as("ene.homes"), users.as("ene.inspector"));
        assertThat(AccessMatrix.forPage(mvc, group + "?status=ACTIVE&category=" + data.category("Graffiti"))
                .as(users.as("krowan")).getResponse().getContentAsString()).contains(priority.title());
        assertThat(AccessMatrix.forPage(mvc, group + "?category=" + data.category("Litter"))
                .as(users.as("krowan")).getResponse().getContentAsString()).doesNotContain(priority.title());
        // Any other body is not a tasking group.
        AccessMatrix.forPage(mvc, "/tasking/groups/" + UUID.randomUUID()).notFoundFor(users.as("mstenton"));
    }

    @Test
    void aPriorityIsSeenAsItsHandlingLevelSays() {
        Priority partnership = data.priority("Litter behind the shops", HandlingLevel.PARTNERSHIP);
        AccessMatrix.forPage(mvc, "/tasking/priorities/" + partnership.id())
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("panel.member"))
                .notFoundFor(users.as("herts.coordinator"), users.as("ewilson"))
                .okFor(users.as("mstenton"), users.as("krowan"), users.as("ene.homes"));

        Priority agency = data.priority("Fly-tipping kept to Safer Leeds", HandlingLevel.AGENCY);
        AccessMatrix.forPage(mvc, "/tasking/priorities/" + agency.id())
                .notFoundFor(users.as("ene.homes"), users.as("ene.inspector"))
                .okFor(users.as("mstenton"));

        // Seeing the restricted priority is audited, and so is being refused it; the partnership one's view is not.
        AccessMatrix.forPage(mvc, "/tasking/priorities/" + partnership.id()).as(users.as("mstenton"));
        assertThat(audit.historyOf("tasking-priority", agency.id().toString())).extracting(AuditRecord::action)
                .contains("VIEW", "ACCESS_REFUSED");
        assertThat(audit.historyOf("tasking-priority", agency.id().toString()))
                .filteredOn(event -> event.action().equals("VIEW")).extracting(AuditRecord::actorName)
                .contains("Martyn Stenton");
        assertThat(audit.historyOf("tasking-priority", partnership.id().toString())).extracting(AuditRecord::action)
                .doesNotContain("VIEW");
    }

    @Test
    void contributorsWhoMayChangeThePriorityAddAndChangeIt() {
        Priority priority = data.priority("Abandoned vehicles on the estate", HandlingLevel.PARTNERSHIP);
        PriorityAction action = editor.addAction(null, priority.id(), data.action("Check the vehicles weekly"));
        String group = "/tasking/groups/" + data.eastNorthEast().id();
        for (String url : new String[] {group + "/priorities/new", "/tasking/priorities/" + priority.id() + "/edit",
                "/tasking/priorities/" + priority.id() + "/actions/new",
                "/tasking/priorities/" + priority.id() + "/actions/" + action.id()}) {
            AccessMatrix.forPage(mvc, url)
                    .anonymousRedirectsToSignIn()
                    .forbiddenFor(users.as("ene.homes"), users.as("panel.member"), users.as("herts.police"))
                    .notFoundFor(users.as("ewilson"), users.as("central.sergeant"))
                    .okFor(users.as("krowan"), users.as("mstenton"));
        }
        AccessMatrix.forPage(mvc, () -> actionPost(priority.id(), "Patrol the car park"))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("ene.homes"))
                .notFoundFor(users.as("ewilson"))
                .allowedFor(users.as("krowan"));
    }

    @Test
    void coordinatorsMaintainTheCategories() {
        AccessMatrix.forPage(mvc, "/tasking/categories")
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("krowan"), users.as("ene.homes"))
                .okFor(users.as("mstenton"), users.as("ewilson"));
        String name = TaskingTestData.unique("Shoplifting");
        AccessMatrix.forPage(mvc, () -> post("/tasking/categories").with(csrf()).param("name", name))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("krowan"))
                .allowedFor(users.as("mstenton"));
        AccessMatrix.forPage(mvc, "/tasking/categories/" + data.category(name))
                .forbiddenFor(users.as("krowan"))
                .okFor(users.as("mstenton"));
    }

    private MockHttpServletRequestBuilder actionPost(UUID priority, String what) {
        return post("/tasking/priorities/" + priority + "/actions/new").with(csrf())
                .param("description", what)
                .param("ownerOrganisationId", data.organisation("East North East Leeds Neighbourhood Policing Team")
                        .toString())
                .param("ownerTeam", "Ward PCSOs").param("kind", "REACTIVE").param("byNextCycle", "true")
                .param("status", "OPEN").param("version", "0");
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }
}
