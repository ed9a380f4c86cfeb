package uk.saferhub.plans.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.plans.DraftDetails;
import uk.saferhub.plans.Objective;
import uk.saferhub.plans.Plan;
import uk.saferhub.plans.PlanSection;
import uk.saferhub.plans.PlanWorkflow;
import uk.saferhub.plans.Plans;
import uk.saferhub.plans.Variation;
import uk.saferhub.plans.VariationStatus;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The Plan pages for every kind of caller: anonymous (sent to sign in), the wrong role (403), the wrong organisation
 * (404 for a draft they may not see) and the right one; the seed's Plan and its variation as a reader sees them; and
 * a step taken on its page, with a refused step answered by an error summary that changes nothing.
 */
@SaferHubTest
class PlanPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers users;
    @Autowired
    Plans plans;
    @Autowired
    PlanWorkflow workflow;

    private Plan demoPlan() {
        return plans.plans(null).stream().filter(p -> p.title().equals("Cambridgeshire Police and Crime Plan"))
                .findFirst().orElseThrow();
    }

    private Variation demoVariation() {
        return plans.variations(null, demoPlan().id()).stream()
                .filter(v -> v.title().startsWith("Variation of Objective 1")).findFirst().orElseThrow();
    }

    private Variation freshDraft() {
        return workflow.draft(users.actor("dgregson"), demoPlan().id(), new DraftDetails(
                "Page test draft " + UUID.randomUUID(), "Operational developments", List.of(new Objective(1,
                        "Maintain local police performance", List.of(new PlanSection("Visible policing",
                                "People would like to see uniformed officers in their communities."))))));
    }

    @Test
    void thePlansAndTheSeedsVariationAreForEveryoneSignedIn() throws Exception {
        Plan plan = demoPlan();
        Variation variation = demoVariation();
        for (String url : List.of("/plans", "/plans/due", "/plans/" + plan.id(), "/plans/" + plan.id() + "/versions/1",
                "/variations/" + variation.id())) {
            AccessMatrix.forPage(mvc, url).anonymousRedirectsToSignIn()
                    .okFor(users.as("dgregson"), users.as("panel.member"), users.as("cambs.analyst"),
                            users.as("ewilson"), users.as("leeds.admin"), users.as("harpenden.clerk"));
        }
        Document page = page("/variations/" + variation.id(), "ewilson");
        assertThat(page.select("#steps").text()).contains("2 October 2014", "Business Coordination Board",
                "Agenda item 11", "19 November 2014");
        assertThat(page.select("#recommendations tbody tr")).hasSize(2);
        assertThat(page.select("#comparison [data-change=ADDED] h4").text()).contains("A professional team");
        assertThat(page.select("#comparison ins").text()).contains("Programme Metis");
        assertThat(page.select("#next-steps")).isEmpty();
        Document planPage = page("/plans/" + plan.id(), "panel.member");
        assertThat(planPage.select("h4").eachText()).contains("1.4 A professional team");
        assertThat(planPage.select("#draft-variation")).isEmpty();
        assertThat(page("/plans/" + plan.id(), "dgregson").select("#draft-variation")).hasSize(1);
    }

    @Test
    void aDraftIsTheOfficesAndTheForcesUntilItIsSent() throws Exception {
        Variation draft = freshDraft();
        AccessMatrix.forPage(mvc, "/variations/" + draft.id()).anonymousRedirectsToSignIn()
                .okFor(users.as("dgregson"), users.as("cambs.analyst"))
                .notFoundFor(users.as("panel.member"), users.as("panel.officer"), users.as("ewilson"),
                        users.as("leeds.admin"), users.as("central.sergeant"));
        AccessMatrix.forPage(mvc, "/variations/" + draft.id() + "/steps/consult").anonymousRedirectsToSignIn()
                .okFor(users.as("dgregson"))
                .forbiddenFor(users.as("cambs.analyst"), users.as("panel.member"))
                .notFoundFor(users.as("leeds.admin"), users.as("ewilson"), users.as("panel.officer"));
        AccessMatrix.forPage(mvc, "/variations/" + draft.id() + "/edit").anonymousRedirectsToSignIn()
                .okFor(users.as("dgregson")).forbiddenFor(users.as("cambs.analyst"), users.as("panel.officer"))
                .notFoundFor(users.as("leeds.admin"), users.as("ewilson"));
        AccessMatrix.forPage(mvc, "/plans/" + demoPlan().id() + "/variations/new").anonymousRedirectsToSignIn()
                .okFor(users.as("dgregson"))
                .forbiddenFor(users.as("ewilson"), users.as("leeds.admin"), users.as("cambs.analyst"),
                        users.as("panel.member"));
        assertThat(page("/plans", "ewilson").select("#drafts").text()).doesNotContain(draft.title());
        assertThat(page("/plans", "cambs.analyst").select("#drafts").text()).contains(draft.title());
    }

    @Test
    void aStepOutOfOrderIsAnsweredOnItsPageAndChangesNothing() throws Exception {
        Variation draft = freshDraft();
        String send = "/variations/" + draft.id() + "/steps/send";
        MvcResult refused = mvc.perform(post(send).with(users.as("dgregson")).with(csrf())
                .param("on.day", "1").param("on.month", "12").param("on.year", "2026")
                .param("version", String.valueOf(draft.version()))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary").text())
                .contains("Consult the Chief Constable before sending the draft to the Panel");
        assertThat(page.title()).startsWith("Error: ");
        assertThat(plans.variation(users.actor("dgregson"), draft.id()).status()).isEqualTo(VariationStatus.DRAFT);

        String consult = "/variations/" + draft.id() + "/steps/consult";
        MvcResult noDate = mvc.perform(post(consult).with(users.as("dgregson")).with(csrf())
                .param("text", "Agreed").param("version", String.valueOf(draft.version()))).andReturn();
        assertThat(Jsoup.parse(noDate.getResponse().getContentAsString()).select(".govuk-error-summary a")
                .eachAttr("href")).contains("#on.day");
        MvcResult done = mvc.perform(post(consult).with(users.as("dgregson")).with(csrf())
                .param("on.day", "2").param("on.month", "10").param("on.year", "2014")
                .param("text", "The Chief Constable agrees the draft.")
                .param("version", String.valueOf(draft.version()))).andReturn();
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/variations/" + draft.id());
        Variation consulted = plans.variation(users.actor("dgregson"), draft.id());
        assertThat(consulted.status()).isEqualTo(VariationStatus.CONSULTED);
        assertThat(consulted.consultationResponse()).isEqualTo("The Chief Constable agrees the draft.");
        // The same form posted again from a page read before: refused, not written over.
        MvcResult stale = mvc.perform(post(consult).with(users.as("dgregson")).with(csrf())
                .param("on.day", "3").param("on.month", "10").param("on.year", "2014").param("text", "Other")
                .param("version", String.valueOf(draft.version()))).andReturn();
        assertThat(Jsoup.parse(stale.getResponse().getContentAsString()).select(".govuk-error-summary").text())
                .contains("Someone else changed this draft");
    }

    @Test
    void thePanelsTimesAreSetByItsOfficersAndANewPlanIsDraftedByACommissionersOffice() throws Exception {
        UUID panel = demoPlan().panelId().value();
        String url = "/plans/panels/" + panel;
        // The Panel is a public body: anyone signed in reads its times; a body that is not a Panel has none (404).
        AccessMatrix.forPage(mvc, url).anonymousRedirectsToSignIn()
                .okFor(users.as("panel.officer"), users.as("dgregson"), users.as("panel.member"),
                        users.as("leeds.admin"), users.as("herts.coordinator"));
        AccessMatrix.forPage(mvc, "/plans/panels/" + UUID.randomUUID()).notFoundFor(users.as("panel.officer"));
        assertThat(page(url, "panel.officer").select("form input#reviewDays")).hasSize(1);
        assertThat(page(url, "dgregson").select("form input#reviewDays")).isEmpty();
        AccessMatrix.forPage(mvc, () -> post(url).with(csrf()).param("reviewDays", "20").param("reminderDays", "7"))
                .forbiddenFor(users.as("dgregson"), users.as("central.sergeant"), users.as("leeds.admin"));
        MvcResult bad = mvc.perform(post(url).with(users.as("panel.officer")).with(csrf())
                .param("reviewDays", "400").param("reminderDays", "7")).andReturn();
        assertThat(Jsoup.parse(bad.getResponse().getContentAsString()).select(".govuk-error-summary").text())
                .contains("Enter a number of days from 1 to 365");
        assertThat(plans.timing(demoPlan().panelId()).reviewDays()).isNull();

        AccessMatrix.forPage(mvc, "/plans/new").anonymousRedirectsToSignIn().okFor(users.as("dgregson"))
                .forbiddenFor(users.as("ewilson"), users.as("leeds.admin"), users.as("cambs.analyst"));
        MvcResult empty = mvc.perform(post("/plans/new").with(users.as("dgregson")).with(csrf())).andReturn();
        assertThat(Jsoup.parse(empty.getResponse().getContentAsString()).select(".govuk-error-summary").text())
                .contains("Enter the Plan's title");
        String title = "Page test Plan " + UUID.randomUUID();
        MvcResult made = mvc.perform(post("/plans/new").with(users.as("dgregson")).with(csrf())
                .param("planTitle", title).param("term", "2017–21").param("commissioner", "The Commissioner")
                .param("electionYear", "2016").param("forceId", users.actor("cambs.analyst").organisationId()
                        .toString()).param("panelId", panel.toString()).param("title", "The draft Plan")
                .param("reason", "A new term").param("objectiveNumber", "1").param("objectiveTitle", "Keep safe")
                .param("objectiveText", "## Visible policing\n\nOfficers out and about.")).andReturn();
        assertThat(made.getResponse().getRedirectedUrl()).startsWith("/variations/");
        // The new draft waits on its office: the reminder is on the chief executive's home page.
        assertThat(page("/", "dgregson").text()).contains("Steps of the Plan for you to take",
                "Record the consultation of the Chief Constable");
        assertThat(page("/", "ewilson").text()).doesNotContain("Steps of the Plan for you to take");
    }

    @Test
    void aDraftChangesSeveralObjectivesOnItsPageAndAnErrorStandsBesideTheObjectiveItIsAbout() throws Exception {
        Plan plan = demoPlan();
        String url = "/plans/" + plan.id() + "/variations/new";
        Document form = page(url, "dgregson");
        assertThat(form.select("input#objectives0\\.number").val()).isEqualTo("1");
        assertThat(form.select("textarea#objectives0\\.text").text()).contains("## ");
        assertThat(form.select("#objectives1\\.number")).isEmpty();

        // Adding another objective sends the form back, as typed, with an empty objective numbered after it; nothing
        // is saved.
        int draftsBefore = plans.variations(users.actor("dgregson"), plan.id()).size();
        MvcResult added = mvc.perform(post(url).with(users.as("dgregson")).with(csrf()).param("add", "objective")
                .param("title", "Two objectives").param("reason", "Both change")
                .param("objectives[0].number", "1").param("objectives[0].title", "Maintain local police performance")
                .param("objectives[0].text", "## Visible policing\n\nOfficers out and about.")).andReturn();
        Document twice = Jsoup.parse(added.getResponse().getContentAsString());
        assertThat(twice.select("input#title").val()).isEqualTo("Two objectives");
        assertThat(twice.select("input#objectives1\\.number").val()).isEqualTo("2");
        assertThat(twice.select("legend").eachText()).contains("Objective 1 of the draft", "Objective 2 of the draft");
        assertThat(plans.variations(users.actor("dgregson"), plan.id())).hasSize(draftsBefore);

        // The second objective has no sections: the error is beside it and nothing is saved.
        MvcResult refused = mvc.perform(post(url).with(users.as("dgregson")).with(csrf())
                .param("title", "Two objectives").param("reason", "Both change")
                .param("objectives[0].number", "1").param("objectives[0].title", "Maintain local police performance")
                .param("objectives[0].text", "## Visible policing\n\nOfficers out and about.")
                .param("objectives[1].number", "5").param("objectives[1].title", "Tackle rural crime")
                .param("objectives[1].text", "")).andReturn();
        Document errors = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(errors.select(".govuk-error-summary a").attr("href")).isEqualTo("#objectives1.text");
        assertThat(errors.select("#objectives1\\.text-error")).hasSize(1);
        assertThat(plans.variations(users.actor("dgregson"), plan.id())).hasSize(draftsBefore);

        String title = "Two objectives " + UUID.randomUUID();
        MvcResult made = mvc.perform(post(url).with(users.as("dgregson")).with(csrf())
                .param("title", title).param("reason", "Both change")
                .param("objectives[0].number", "1").param("objectives[0].title", "Maintain local police performance")
                .param("objectives[0].text", "## Visible policing\n\nOfficers out and about.")
                .param("objectives[1].number", "5").param("objectives[1].title", "Tackle rural crime")
                .param("objectives[1].text", "## Farm watch\n\nPCSOs visit farms each month.")
                .param("objectives[2].number", "6").param("objectives[2].title", "")
                .param("objectives[2].text", "")).andReturn();
        String draftUrl = made.getResponse().getRedirectedUrl();
        assertThat(draftUrl).startsWith("/variations/");
        Variation draft = plans.variation(users.actor("dgregson"), UUID.fromString(draftUrl.substring(12)));
        assertThat(draft.objectives()).extracting(Objective::number).containsExactly(1, 5);

        // Its edit form holds both objectives, and saving it as it is keeps both (the page drafted one before).
        Document edit = page(draftUrl + "/edit", "dgregson");
        assertThat(edit.select("input#objectives1\\.title").val()).isEqualTo("Tackle rural crime");
        var resend = post(draftUrl + "/edit").with(users.as("dgregson")).with(csrf());
        for (var input : edit.select("form[action$=/edit] input[name], form[action$=/edit] textarea[name]")) {
            if (!input.attr("name").equals("_csrf")) {
                resend.param(input.attr("name"), input.is("textarea") ? input.wholeText() : input.val());
            }
        }
        assertThat(mvc.perform(resend).andReturn().getResponse().getRedirectedUrl()).isEqualTo(draftUrl);
        assertThat(plans.variation(users.actor("dgregson"), draft.id()).objectives()).extracting(Objective::number)
                .containsExactly(1, 5);
    }

    private Document page(String url, String user) throws Exception {
        MvcResult result = AccessMatrix.forPage(mvc, url).as(users.as(user));
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
