package uk.saferhub.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.documents.Document;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class StandingPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    WorkflowTestDocuments data;

    @Autowired
    JdbcClient jdbc;

    private MvcResult submit(String url, String user, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post(url).with(csrf()).with(users.as(user));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    private org.jsoup.nodes.Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private Document approved(String title) {
        return data.leedsApproved(title, HandlingLevel.PARTNERSHIP, LocalDate.of(2026, 1, 6));
    }

    @Test
    void onlyAPartysCoordinatorMayBringIntoForceReviewWithdrawOrPublish() {
        Document document = approved("Standing access");
        for (String step : List.of("in-force", "review", "withdraw", "publish")) {
            String url = "/documents/" + document.id() + "/" + step;
            AccessMatrix.forPage(mvc, url)
                    .anonymousRedirectsToSignIn()
                    .forbiddenFor(users.as("krowan"), users.as("ene.homes"))
                    .notFoundFor(users.as("herts.coordinator"))
                    .okFor(users.as("mstenton"));
            AccessMatrix.forPage(mvc, () -> post(url).with(csrf()))
                    .anonymousRedirectsToSignIn()
                    .forbiddenFor(users.as("krowan"), users.as("ene.homes"))
                    .notFoundFor(users.as("herts.coordinator"));
        }
        assertThat(data.status(document.id())).isEqualTo("APPROVED");
    }

    @Test
    void bringingADraftIntoForceIsRefusedAndNothingChanges() throws Exception {
        Document draft = data.leedsDraft("Draft in force");
        var form = Jsoup.parse(mvc.perform(get("/documents/" + draft.id() + "/in-force").with(users.as("mstenton")))
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select(".govuk-warning-text").text())
                .contains("Only an approved document can be brought into force; this one is draft");
        MvcResult result = submit("/documents/" + draft.id() + "/in-force", "mstenton", "from.day", "1", "from.month",
                "2", "from.year", "2026");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(result).select(".govuk-error-summary li").text())
                .isEqualTo("Only an approved document can be brought into force; this one is draft");
        assertThat(data.status(draft.id())).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select in_force_from from document where id = ?").param(draft.id())
                .query(LocalDate.class).optional()).isEmpty();
    }

    @Test
    void anApprovedDocumentComesIntoForceFromTheDayGiven() throws Exception {
        Document document = approved("Comes into force");
        MvcResult result = submit("/documents/" + document.id() + "/in-force", "mstenton", "from.day", "1",
                "from.month", "2", "from.year", "2026");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + document.id());
        assertThat(result.getFlashMap().get("success")).isEqualTo("In force from 1 February 2026");
        assertThat(data.status(document.id())).isEqualTo("IN_FORCE");
        assertThat(jdbc.sql("select in_force_from from document where id = ?").param(document.id())
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void aReviewWithNoChangeSetsTheNextReviewFromTheReviewPeriod() throws Exception {
        Document document = approved("Reviewed");
        var form = Jsoup.parse(mvc.perform(get("/documents/" + document.id() + "/review").with(users.as("mstenton")))
                .andReturn().getResponse().getContentAsString());
        assertThat(form.text()).contains("The review was due on 6 January 2027");
        assertThat(form.select("input[name=outcome]").eachAttr("value"))
                .containsExactly("NO_CHANGE", "REVISE", "WITHDRAW");
        MvcResult result = submit("/documents/" + document.id() + "/review", "mstenton", "reviewed.day", "2",
                "reviewed.month", "3", "reviewed.year", "2026", "outcome", "NO_CHANGE");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + document.id());
        assertThat(jdbc.sql("select next_review_on from document where id = ?").param(document.id())
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2027, 3, 2));
        assertThat(data.count("document_review", "document_id", document.id())).isEqualTo(1);
    }

    @Test
    void aReviewDecidingToReviseMustSayWhyAndAReviewWithoutAnOutcomeIsRefused() throws Exception {
        Document document = approved("Revise without why");
        var missing = page(submit("/documents/" + document.id() + "/review", "mstenton", "reviewed.day", "2",
                "reviewed.month", "3", "reviewed.year", "2026"));
        assertThat(missing.select(".govuk-error-summary a[href=#outcome]").text())
                .isEqualTo("Choose the outcome of the review");
        var noReason = page(submit("/documents/" + document.id() + "/review", "mstenton", "reviewed.day", "2",
                "reviewed.month", "3", "reviewed.year", "2026", "outcome", "REVISE", "note", " "));
        assertThat(noReason.select(".govuk-error-summary a[href=#note]").text())
                .isEqualTo("Say why the document is to be revised");
        assertThat(noReason.select("input#outcome-REVISE").hasAttr("checked")).isTrue();
        assertThat(data.count("document_review", "document_id", document.id())).isZero();
        assertThat(data.status(document.id())).isEqualTo("APPROVED");
    }

    @Test
    void withdrawingNeedsAReasonAndThenEndsTheDocument() throws Exception {
        Document document = approved("Withdrawn");
        var refused = page(submit("/documents/" + document.id() + "/withdraw", "mstenton", "reason", ""));
        assertThat(refused.select(".govuk-error-summary a[href=#reason]").text())
                .isEqualTo("Enter why the document is withdrawn");
        assertThat(data.status(document.id())).isEqualTo("APPROVED");
        MvcResult result = submit("/documents/" + document.id() + "/withdraw", "mstenton", "reason",
                "Replaced by the city-wide protocol");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + document.id());
        assertThat(data.status(document.id())).isEqualTo("WITHDRAWN");
    }

    @Test
    void onlyAnApprovedPublicDocumentIsPublishedAndItCanBeTakenOffAgain() throws Exception {
        Document partnership = approved("Partnership only");
        var refused = page(submit("/documents/" + partnership.id() + "/publish", "mstenton", "choice", "PUBLISH"));
        assertThat(refused.select(".govuk-error-summary li").text()).isEqualTo("Only a document whose handling"
                + " level is public can be published; this one is partnership");
        assertThat(published(partnership.id())).isFalse();

        Document draft = data.leedsDraft("Public draft", HandlingLevel.PUBLIC);
        var draftRefused = page(submit("/documents/" + draft.id() + "/publish", "mstenton", "choice", "PUBLISH"));
        assertThat(draftRefused.select(".govuk-error-summary li").text())
                .isEqualTo("Only an approved document can be published; this one is still a draft");
        assertThat(published(draft.id())).isFalse();

        Document open = data.leedsApproved("Public protocol", HandlingLevel.PUBLIC, LocalDate.of(2026, 1, 6));
        var form = Jsoup.parse(mvc.perform(get("/documents/" + open.id() + "/publish").with(users.as("mstenton")))
                .andReturn().getResponse().getContentAsString());
        assertThat(form.text()).contains("Only an approved document whose handling level is public can be published");
        assertThat(form.select("input#choice").val()).isEqualTo("PUBLISH");
        assertThat(form.select("input#choice").hasAttr("checked")).isTrue();
        MvcResult result = submit("/documents/" + open.id() + "/publish", "mstenton", "choice", "PUBLISH");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + open.id());
        assertThat(published(open.id())).isTrue();
        assertThat(mvc.perform(get("/public/documents/" + open.id())).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        submit("/documents/" + open.id() + "/publish", "mstenton", "choice", "TAKE_OFF");
        assertThat(published(open.id())).isFalse();
        assertThat(mvc.perform(get("/public/documents/" + open.id())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    private boolean published(UUID document) {
        return jdbc.sql("select published_at is not null from document where id = ?").param(document)
                .query(Boolean.class).single();
    }
}
