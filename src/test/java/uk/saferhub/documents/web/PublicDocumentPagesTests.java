package uk.saferhub.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class PublicDocumentPagesTests {

    /** AccessMatrix's caller for a visitor who has not signed in. */
    private static final RequestPostProcessor ANONYMOUS = null;

    private static final String GOVERNANCE_PROTOCOL = "Police Community Support Officers – Governance Protocol";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    WorkflowTestDocuments data;

    private Document anonymous(String url) throws Exception {
        MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void thePublishedListShowsThePublishedDocumentsToAnyoneAndNothingElse() throws Exception {
        AccessMatrix.forPage(mvc, "/public/documents").okFor(ANONYMOUS, users.as("herts.coordinator"));
        Document page = anonymous("/public/documents");
        assertThat(page.select("h1").text()).isEqualTo("Published agreements and protocols");
        var row = page.select("tbody tr:contains(" + GOVERNANCE_PROTOCOL + ")");
        assertThat(row.text()).contains("Governance protocol", "Version 2.0", "19 February 2004");
        assertThat(row.select("a").attr("href"))
                .isEqualTo("/public/documents/" + data.demo(GOVERNANCE_PROTOCOL));
        assertThat(page.text()).doesNotContain("Protocol to Support Local Working", "Service Agreement",
                "Policy Statement");
    }

    @Test
    void theGovernanceProtocolReadsAnonymouslyWithItsSectionsAndControlBlock() throws Exception {
        Document page = anonymous("/public/documents/" + data.demo(GOVERNANCE_PROTOCOL));
        assertThat(page.select("h1").text()).isEqualTo(GOVERNANCE_PROTOCOL);
        assertThat(page.select(".govuk-summary-list").text()).contains("Version 2.0", "19 February 2004");
        assertThat(page.select(".saferhub-document h2").first().text()).startsWith("1.");
        assertThat(page.select(".saferhub-document script, .saferhub-document [onclick]")).isEmpty();
        var control = page.select("table.saferhub-control-block tbody tr").eachText();
        assertThat(control).contains("Version 2.0 19 February 2004", "Approved by Cabinet 19 February 2004",
                "Document Owner Director of Operational Services, Huntingdonshire District Council");
        assertThat(page.text()).doesNotContain("Mrs E Wilson").as("the owner is not a PUBLIC person");
        assertThat(control).anySatisfy(row -> assertThat(row).startsWith("Draft to Scrutiny Panel"));
        assertThat(page.text()).doesNotContain("The Panel supports piloting").as("comments are never public");
        assertThat(page.select("a[href=/login]").text()).isEqualTo("Sign in");
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    @Test
    void anUnpublishedDraftIsAbsentFromThePublicPagesEvenForItsOwner() {
        UUID leeds = data.demo("Protocol to Support Local Working");
        AccessMatrix.forPage(mvc, "/public/documents/" + leeds).notFoundFor(ANONYMOUS, users.as("mstenton"));
        UUID herts = data.demo("Policy Statement: Hertfordshire County Council");
        AccessMatrix.forPage(mvc, "/public/documents/" + herts).notFoundFor(ANONYMOUS, users.as("herts.coordinator"));
        AccessMatrix.forPage(mvc, "/public/documents/" + UUID.randomUUID()).notFoundFor(ANONYMOUS);
        AccessMatrix.forPage(mvc, "/public/documents/not-an-id").notFoundFor(ANONYMOUS);
    }

    @Test
    void anApprovedPartnershipDocumentIsNotPublicEither() {
        var approved = data.leedsApproved("Approved but partnership", HandlingLevel.PARTNERSHIP,
                LocalDate.of(2026, 1, 6));
        AccessMatrix.forPage(mvc, "/public/documents/" + approved.id())
                .notFoundFor(ANONYMOUS);
    }
}
