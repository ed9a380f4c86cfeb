package uk.saferhub.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.documents.AgreementFixtures;
import uk.saferhub.documents.AgreementFixtures.TestArea;
import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentType;
import uk.saferhub.documents.Pilot;
import uk.saferhub.documents.ServiceAgreements;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The service agreement's page and forms: who may use each (every signed-in role may read, so no role is refused the
 * page itself; strangers to a draft get 404), what the page shows, and the service's refusals in the GOV.UK error
 * summary with nothing changed.
 */
@SaferHubTest
class AgreementPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    AgreementFixtures fixtures;

    @Autowired
    ServiceAgreements agreements;

    private Actor ewilson() {
        return users.actor("ewilson");
    }

    private LocalDate today() {
        return fixtures.documents.today();
    }

    @Test
    void theAgreementPageIsForPartiesWhileItIsADraftAndShowsWhatItDeliversAndItsPilots() throws Exception {
        Document agreement = fixtures.describedAgreement("Page of a draft");
        TestArea area = fixtures.area("Page of a draft area");
        fixtures.pilot(agreement, area.trialArea());
        String url = "/documents/" + agreement.id() + "/agreement";

        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .notFoundFor(users.as("mstenton"), users.as("panel.member"), users.as("cambs.analyst"))
                .okFor(users.as("ewilson"), users.as("central.sergeant"), users.as("admin"));

        var page = Jsoup.parse(html(get(url), "central.sergeant"));
        assertThat(page.select("h1").text()).isEqualTo(agreement.title());
        assertThat(page.select("a.govuk-back-link").attr("href")).isEqualTo("/documents/" + agreement.id());
        assertThat(page.select(".govuk-summary-list").first().text())
                .contains("Environmental enforcement Page of a draft", "Anti-social Behaviour Act 2003", "PCSO",
                        "Refer repeat offenders to the council's dog warden", "The council's April training event");
        assertThat(page.select(".govuk-summary-card").text()).contains("Pilot in " + area.trialArea().name(),
                "No complaints from residents", "Not evaluated yet");
        assertThat(page.select("a[href$=/agreement/edit]")).as("a contributor may change what it delivers")
                .hasSize(1);
        assertThat(page.select("a[href$=/pilots/new], a[href$=/rollouts/new], a[href*=/evaluate]"))
                .as("only coordinators start pilots, evaluate them and roll out").isEmpty();
        var asCoordinator = Jsoup.parse(html(get(url), "ewilson"));
        assertThat(asCoordinator.select("a[href$=/pilots/new], a[href$=/rollouts/new], a[href*=/evaluate]"))
                .hasSize(3);
    }

    @Test
    void anotherKindOfDocumentHasNoAgreementPage() throws Exception {
        Document policy = fixtures.register(DocumentType.POLICY_STATEMENT, AgreementFixtures.unique("No agreement"));

        AccessMatrix.forPage(mvc, "/documents/" + policy.id() + "/agreement").notFoundFor(users.as("ewilson"));
        AccessMatrix.forPage(mvc, "/documents/" + policy.id() + "/agreement/edit").notFoundFor(users.as("ewilson"));
        AccessMatrix.forPage(mvc, "/documents/" + UUID.randomUUID() + "/agreement").notFoundFor(users.as("ewilson"));
    }

    @Test
    void contributorsOfAPartySayWhatTheAgreementDelivers() throws Exception {
        Document agreement = fixtures.register(DocumentType.SERVICE_AGREEMENT, AgreementFixtures.unique("To say"));
        String url = "/documents/" + agreement.id() + "/agreement/edit";
        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("cambs.analyst"), users.as("panel.member"))
                .notFoundFor(users.as("krowan"), users.as("mstenton"))
                .okFor(users.as("central.sergeant"), users.as("ewilson"));
        AccessMatrix.forPage(mvc, () -> post(url).with(csrf()).param("councilService", "Responsible dog ownership"))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("cambs.analyst"))
                .notFoundFor(users.as("krowan"));
        assertThat(agreements.agreement(ewilson(), agreement.id())).isEmpty();

        MvcResult saved = mvc.perform(post(url).with(csrf()).with(users.as("central.sergeant"))
                .param("councilService", "Responsible dog ownership").param("deliveringRole", "PCSO")
                .param("powers", "Anti-social Behaviour Act 2003").param("referral", "To the dog warden"))
                .andReturn();

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + agreement.id() + "/agreement");
        assertThat(agreements.agreement(ewilson(), agreement.id())).hasValueSatisfying(a -> {
            assertThat(a.councilService()).isEqualTo("Responsible dog ownership");
            assertThat(a.referral()).isEqualTo("To the dog warden");
        });
    }

    @Test
    void anAgreementWithoutItsCouncilServiceIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
        Document agreement = fixtures.register(DocumentType.SERVICE_AGREEMENT, AgreementFixtures.unique("Blank"));

        var page = Jsoup.parse(html(post("/documents/" + agreement.id() + "/agreement/edit").with(csrf())
                .param("councilService", " ").param("powers", "Some powers"), "ewilson"));

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a[href=#councilService]").text())
                .contains("Enter the council service delivered");
        assertThat(page.select("#councilService-error").text()).contains("Enter the council service delivered");
        assertThat(agreements.agreement(ewilson(), agreement.id())).isEmpty();
    }

    @Test
    void coordinatorsOfAPartyStartAPilotInATrialArea() throws Exception {
        Document agreement = fixtures.describedAgreement("Pilot form");
        TestArea area = fixtures.area("Pilot form area");
        String url = "/documents/" + agreement.id() + "/pilots/new";
        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("central.sergeant"), users.as("cambs.analyst"))
                .notFoundFor(users.as("mstenton"))
                .okFor(users.as("ewilson"), users.as("admin"));
        assertThat(Jsoup.parse(html(get(url), "ewilson")).select("select#placeId option[value="
                + area.trialArea().id() + "]").text()).isEqualTo(area.trialArea().name() + " (trial area)");
        assertThat(agreements.pilots(ewilson(), agreement.id())).isEmpty();

        MvcResult started = mvc.perform(pilot(url, area.trialArea().id(), today().minusDays(10), today().plusDays(80))
                .with(users.as("ewilson"))).andReturn();

        assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + agreement.id() + "/agreement");
        assertThat(agreements.pilots(ewilson(), agreement.id())).singleElement().satisfies(p -> {
            assertThat(p.placeId()).isEqualTo(area.trialArea().id());
            assertThat(p.endsOn()).isEqualTo(today().plusDays(80));
        });
    }

    @Test
    void aPilotEndingBeforeItStartsIsRefusedInTheErrorSummary() throws Exception {
        Document agreement = fixtures.describedAgreement("Backwards pilot form");
        TestArea area = fixtures.area("Backwards pilot form area");

        var page = Jsoup.parse(html(pilot("/documents/" + agreement.id() + "/pilots/new", area.trialArea().id(),
                today(), today().minusDays(3)), "ewilson"));

        assertThat(page.select(".govuk-error-summary a[href='#endsOn.day']").text())
                .contains("must end on or after the day it starts");
        assertThat(page.select("select#placeId option[selected]").attr("value"))
                .isEqualTo(area.trialArea().id().toString());
        assertThat(agreements.pilots(ewilson(), agreement.id())).isEmpty();
    }

    @Test
    void coordinatorsRecordAPilotsEvaluationOnce() throws Exception {
        Document agreement = fixtures.describedAgreement("Evaluation form");
        Pilot pilot = fixtures.pilot(agreement, fixtures.area("Evaluation form area").trialArea());
        String url = "/documents/" + agreement.id() + "/pilots/" + pilot.id() + "/evaluate";
        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("central.sergeant"))
                .notFoundFor(users.as("mstenton"))
                .okFor(users.as("ewilson"));
        AccessMatrix.forPage(mvc, "/documents/" + agreement.id() + "/pilots/" + UUID.randomUUID() + "/evaluate")
                .notFoundFor(users.as("ewilson"));

        MvcResult evaluated = mvc.perform(evaluation(url, "yes").with(users.as("ewilson"))).andReturn();
        assertThat(evaluated.getResponse().getRedirectedUrl()).endsWith("/agreement");
        var again = Jsoup.parse(html(evaluation(url, "no"), "ewilson"));

        assertThat(again.select(".govuk-error-summary").text()).contains("already evaluated");
        assertThat(agreements.pilots(ewilson(), agreement.id())).singleElement()
                .satisfies(p -> assertThat(p.successful()).isTrue());
    }

    @Test
    void anEvaluationWithoutAnAnswerIsRefusedBesideTheRadios() throws Exception {
        Document agreement = fixtures.describedAgreement("Unanswered evaluation");
        Pilot pilot = fixtures.pilot(agreement, fixtures.area("Unanswered evaluation area").trialArea());

        var page = Jsoup.parse(html(evaluation("/documents/" + agreement.id() + "/pilots/" + pilot.id()
                + "/evaluate", ""), "ewilson"));

        assertThat(page.select(".govuk-error-summary a[href=#successful]").text())
                .contains("Say whether the pilot met its criteria");
        assertThat(agreements.pilots(ewilson(), agreement.id())).singleElement()
                .satisfies(p -> assertThat(p.evaluated()).isFalse());
    }

    @Test
    void rollOutBeforeAnEvaluatedPilotShowsTheServicesRefusalAndChangesNothing() throws Exception {
        Document agreement = fixtures.approvedAgreement("Early roll-out form");
        TestArea area = fixtures.area("Early roll-out form area");
        fixtures.pilot(agreement, area.trialArea());
        String url = "/documents/" + agreement.id() + "/rollouts/new";
        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("central.sergeant"), users.as("cambs.analyst"))
                .notFoundFor(users.as("mstenton"))
                .okFor(users.as("ewilson"));

        var page = Jsoup.parse(html(post(url).with(csrf()).param("placeId", area.wards().get(1).id().toString()),
                "ewilson"));

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a[href=#placeId]").text())
                .contains("Roll-out waits for the pilot's evaluated result");
        assertThat(agreements.rollouts(ewilson(), agreement.id())).isEmpty();
    }

    @Test
    void afterASuccessfulEvaluationACoordinatorRollsTheAgreementOut() throws Exception {
        Document agreement = fixtures.approvedAgreement("Roll-out form");
        TestArea area = fixtures.area("Roll-out form area");
        Pilot pilot = fixtures.pilot(agreement, area.trialArea());
        agreements.evaluate(ewilson(), pilot.id(), today(), "Problems sorted out", true);

        MvcResult rolled = mvc.perform(post("/documents/" + agreement.id() + "/rollouts/new").with(csrf())
                .with(users.as("ewilson")).param("placeId", area.district().id().toString())
                .param("fromOn.day", String.valueOf(today().getDayOfMonth()))
                .param("fromOn.month", String.valueOf(today().getMonthValue()))
                .param("fromOn.year", String.valueOf(today().getYear()))).andReturn();

        assertThat(rolled.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + agreement.id() + "/agreement");
        assertThat(agreements.rollouts(ewilson(), agreement.id())).singleElement()
                .satisfies(r -> assertThat(r.placeId()).isEqualTo(area.district().id()));
        assertThat(Jsoup.parse(html(get("/documents/" + agreement.id() + "/agreement"), "ewilson"))
                .select("table").text()).contains(area.district().name());
    }

    private MockHttpServletRequestBuilder pilot(String url, UUID place, LocalDate starts, LocalDate ends) {
        return post(url).with(csrf()).param("placeId", place.toString())
                .param("startsOn.day", String.valueOf(starts.getDayOfMonth()))
                .param("startsOn.month", String.valueOf(starts.getMonthValue()))
                .param("startsOn.year", String.valueOf(starts.getYear()))
                .param("endsOn.day", String.valueOf(ends.getDayOfMonth()))
                .param("endsOn.month", String.valueOf(ends.getMonthValue()))
                .param("endsOn.year", String.valueOf(ends.getYear()))
                .param("evaluationCriteria", "Residents' complaints fall");
    }

    private MockHttpServletRequestBuilder evaluation(String url, String successful) {
        LocalDate day = today();
        return post(url).with(csrf()).param("evaluatedOn.day", String.valueOf(day.getDayOfMonth()))
                .param("evaluatedOn.month", String.valueOf(day.getMonthValue()))
                .param("evaluatedOn.year", String.valueOf(day.getYear()))
                .param("evaluationResult", "Complaints fell by a third").param("successful", successful);
    }

    private String html(MockHttpServletRequestBuilder request, String user) throws Exception {
        MvcResult result = mvc.perform(request.with(users.as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
