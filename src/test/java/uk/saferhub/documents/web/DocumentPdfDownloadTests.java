package uk.saferhub.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.documents.DocumentFilter;
import uk.saferhub.documents.Documents;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/** The PDF of a document: what is in it, and who may download it on pages, the API and the public pages. */
@SaferHubTest
class DocumentPdfDownloadTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Documents documents;

    @Autowired
    ApiKeys keys;

    @Autowired
    uk.saferhub.identity.Identity identity;

    @Autowired
    uk.saferhub.documents.ProtocolFixtures fixtures;

    private UUID demo(String user, String title) {
        return documents.register(users.actor(user), new DocumentFilter(title, null, null, null, false)).getFirst()
                .document().id();
    }

    private String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theLeedsDraftPrintsItsNumberedSectionsThenTheControlBlockMarkedDraft() throws Exception {
        UUID leeds = demo("mstenton", "Protocol to Support Local Working");
        AccessMatrix.forPage(mvc, "/documents/" + leeds + "/pdf")
                .anonymousRedirectsToSignIn()
                .notFoundFor(users.as("ene.homes"), users.as("herts.coordinator"))
                .okFor(users.as("mstenton"), users.as("krowan"));

        var response = mvc.perform(get("/documents/" + leeds + "/pdf").with(users.as("mstenton"))).andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        String text = text(response.getContentAsByteArray()).replaceAll("\\s+", " ");

        assertThat(text).contains("DRAFT");
        int background = text.indexOf("1. BACKGROUND");
        int purpose = text.indexOf("2.0 PURPOSE OF THIS PROTOCOL");
        int governance = text.indexOf("6.0 GOVERNANCE");
        int appendix = text.indexOf("Appendix 1(a)");
        int control = text.indexOf("Draft Version 1.0 October 2011");
        assertThat(background).isPositive();
        assertThat(purpose).isGreaterThan(background);
        assertThat(governance).isGreaterThan(purpose);
        assertThat(control).isGreaterThan(governance).isGreaterThan(appendix);
        assertThat(text.substring(control)).containsSubsequence(
                "Draft to Police, Environmental Services & Community Safety October 2011",
                "Draft to Safer Leeds Executive 3 November 2011", "Approved by Safer Leeds Executive",
                "Date of Next Review", "Document Owner Martyn Stenton & Katie Rowan, Safer Leeds");
    }

    @Test
    void thePublishedGovernanceProtocolPrintsForThePublicWithoutTheDraftMark() throws Exception {
        UUID protocol = demo("ewilson", "Governance Protocol");
        var response = mvc.perform(get("/public/documents/" + protocol + "/pdf")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String text = text(response.getContentAsByteArray()).replaceAll("\\s+", " ");
        assertThat(text).contains("Version 2.0", "2.2 It is considered essential to 'pilot'", "Draft to Scrutiny Panel (Finance & Planning) 2 February 2004",
                "Approved by Cabinet 19 February 2004").doesNotContain("DRAFT");

        UUID leeds = demo("mstenton", "Protocol to Support Local Working");
        assertThat(mvc.perform(get("/public/documents/" + leeds + "/pdf")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void theApiGivesThePdfToAKeyOfAPartyAndNotToAnyoneElse() throws Exception {
        UUID leeds = demo("mstenton", "Protocol to Support Local Working");
        AccessMatrix.forApi(mvc, "/api/v1/documents/" + leeds + "/pdf")
                .anonymousUnauthorised()
                .notFoundFor(keys.of("leeds.admin", uk.saferhub.shared.access.Role.READER))
                .okFor(ApiKeys.bearer(identity.issueApiKey(users.actor("leeds.admin"), "Safer Leeds PDF test",
                        fixtures.organisation("Safer Leeds"), java.util.Set.of(uk.saferhub.shared.access.Role.READER))
                        .plainKey()));
    }
}
