package uk.saferhub.tasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityDetails;
import uk.saferhub.tasking.internal.PriorityStatus;

/**
 * The priority and action forms: a new priority is stored and shown, bad input is shown back in the GOV.UK error
 * summary with nothing stored, and a stale edit names what someone else changed and keeps what the person typed.
 */
@SaferHubTest
class TaskingFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TaskingTestData data;

    @Autowired
    TaskingEditor editor;

    @Autowired
    Tasking tasking;

    @Test
    void aContributorAddsAPriorityAndItIsShown() throws Exception {
        String title = TaskingTestData.unique("Fly-tipping in the back alleys");
        MvcResult added = mvc.perform(priorityPost("/tasking/groups/" + data.eastNorthEast().id()
                + "/priorities/new", title, "ACTIVE", "").param("version", "0").with(users.as("krowan"))).andReturn();
        assertThat(added.getResponse().getRedirectedUrl())
                .as(Jsoup.parse(added.getResponse().getContentAsString()).select(".govuk-error-summary").text())
                .startsWith("/tasking/priorities/");

        Document page = page(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(added.getResponse().getRedirectedUrl()).with(users.as("ene.homes"))).andReturn());
        assertThat(page.select("h1").text()).isEqualTo(title);
        assertThat(page.text()).contains("Gipton & Harehills", "Safer Leeds", "Tags removed");
    }

    @Test
    void closingWithoutAnOutcomeIsRefusedAndNothingChanges() throws Exception {
        Priority priority = data.priority("Graffiti at the leisure centre", HandlingLevel.PARTNERSHIP);
        Document page = page(mvc.perform(priorityPost("/tasking/priorities/" + priority.id() + "/edit",
                priority.title(), "CLOSED_ACHIEVED", " ").param("version", "0").with(users.as("krowan")))
                .andReturn());

        assertThat(page.select(".govuk-error-summary").text()).contains("Enter the outcome, with figures");
        assertThat(tasking.priority(users.actor("krowan"), priority.id()).priority().status())
                .isEqualTo(PriorityStatus.ACTIVE);
    }

    @Test
    void anActionWithNoOwnerIsRefused() throws Exception {
        Priority priority = data.priority("Litter on the recreation ground", HandlingLevel.PARTNERSHIP);
        Document page = page(mvc.perform(post("/tasking/priorities/" + priority.id() + "/actions/new").with(csrf())
                .with(users.as("krowan")).param("description", "Litter pick with residents").param("kind", "PROACTIVE")
                .param("byNextCycle", "true").param("status", "OPEN").param("version", "0")).andReturn());

        assertThat(page.select(".govuk-error-summary").text())
                .contains("Choose the organisation that owns the action");
        assertThat(page.select("textarea#description").text()).isEqualTo("Litter pick with residents");
        assertThat(tasking.priority(users.actor("krowan"), priority.id()).actions()).isEmpty();
    }

    @Test
    void anActionsOutcomeIsRecordedInFiguresAndAFigureThatIsNotANumberIsRefused() throws Exception {
        Priority priority = data.priority("Litter outside the parade of shops", HandlingLevel.PARTNERSHIP);
        String owner = data.organisation("Leeds City Council Environmental Services").toString();
        Document refused = page(mvc.perform(post("/tasking/priorities/" + priority.id() + "/actions/new")
                .with(csrf()).with(users.as("krowan")).param("description", "Litter pick and enforcement patrol")
                .param("ownerOrganisationId", owner).param("kind", "PROACTIVE").param("byNextCycle", "true")
                .param("status", "DONE").param("outcome", "Parade cleared; fixed penalty notices issued")
                .param("figures[FIXED_PENALTY_NOTICES]", "a dozen").param("version", "0")).andReturn());
        assertThat(refused.select(".govuk-error-summary a[href=#figuresFIXED_PENALTY_NOTICES]").text())
                .isEqualTo("Enter the figure as a whole number, for example 12");
        assertThat(refused.select("input#figuresFIXED_PENALTY_NOTICES").val()).isEqualTo("a dozen");
        assertThat(tasking.priority(users.actor("krowan"), priority.id()).actions()).isEmpty();

        MvcResult saved = mvc.perform(post("/tasking/priorities/" + priority.id() + "/actions/new").with(csrf())
                .with(users.as("krowan")).param("description", "Litter pick and enforcement patrol")
                .param("ownerOrganisationId", owner).param("kind", "PROACTIVE").param("byNextCycle", "true")
                .param("status", "DONE").param("outcome", "Parade cleared; fixed penalty notices issued")
                .param("figures[FIXED_PENALTY_NOTICES]", "12").param("figures[LITTER_BAGS_COLLECTED]", "40")
                .param("figures[VEHICLES_REMOVED]", "").param("version", "0")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/tasking/priorities/");
        var action = tasking.priority(users.actor("krowan"), priority.id()).actions().getFirst();
        assertThat(action.figures()).containsOnly(
                org.assertj.core.api.Assertions.entry(uk.saferhub.tasking.internal.OutcomeMeasure.FIXED_PENALTY_NOTICES, 12),
                org.assertj.core.api.Assertions.entry(uk.saferhub.tasking.internal.OutcomeMeasure.LITTER_BAGS_COLLECTED, 40));
        Document shown = page(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/tasking/priorities/" + priority.id()).with(users.as("ene.homes"))).andReturn());
        assertThat(shown.text()).contains("12 fixed penalty notices issued", "40 bags of litter collected");
    }

    @Test
    void aStaleEditNamesWhatChangedAndKeepsWhatWasTyped() throws Exception {
        Priority priority = data.priority("Graffiti in the park", HandlingLevel.PARTNERSHIP);
        PriorityDetails d = data.details(priority.title(), HandlingLevel.PARTNERSHIP);
        // Someone else sets the priority to monitoring after the form was read at version 0.
        editor.revisePriority(null, priority.id(), 0, new PriorityDetails(d.categoryId(), d.title(), d.placeIds(),
                d.locationText(), d.latitude(), d.longitude(), d.problem(), d.evidence(), d.ownerOrganisationId(),
                null, d.partnerOrganisationIds(), null, d.targetOutcome(), PriorityStatus.MONITORING, d.rag(),
                d.ragReason(), null, d.handlingLevel()));

        Document page = page(mvc.perform(priorityPost("/tasking/priorities/" + priority.id() + "/edit",
                priority.title(), "ACTIVE", "", "My own new target").param("version", "0")
                .with(users.as("krowan"))).andReturn());

        assertThat(page.select(".govuk-error-summary").text()).contains("Someone else changed this priority",
                "they changed the status");
        assertThat(page.select("textarea#targetOutcome").text()).isEqualTo("My own new target");
        assertThat(page.select("input[name=version]").attr("value")).isEqualTo("1");
        Priority now = tasking.priority(users.actor("krowan"), priority.id()).priority();
        assertThat(now.status()).isEqualTo(PriorityStatus.MONITORING);
        assertThat(now.targetOutcome()).isEqualTo("Tags removed within five working days");
    }

    private MockHttpServletRequestBuilder priorityPost(String url, String title, String status, String outcome) {
        return priorityPost(url, title, status, outcome, "Tags removed within five working days");
    }

    private MockHttpServletRequestBuilder priorityPost(String url, String title, String status, String outcome,
            String target) {
        return post(url).with(csrf())
                .param("categoryId", data.category("Graffiti").toString()).param("title", title)
                .param("placeIds", data.ward("Gipton & Harehills").toString())
                .param("problem", "Tagging on shop shutters").param("evidence", "Twelve reports")
                .param("ownerOrganisationId", data.organisation("Safer Leeds").toString())
                .param("targetOutcome", target)
                .param("status", status).param("rag", "AMBER").param("ragReason", "Behind schedule")
                .param("outcome", outcome).param("handlingLevel", "PARTNERSHIP");
    }

    private static Document page(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
