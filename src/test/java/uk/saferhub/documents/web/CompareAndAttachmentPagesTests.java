package uk.saferhub.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.documents.CirculationPurpose;
import uk.saferhub.documents.Consultations;
import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentEditor;
import uk.saferhub.documents.NewCirculation;
import uk.saferhub.documents.ProtocolFixtures;
import uk.saferhub.documents.Recipient;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/** Comparing two versions side by side, and attaching files to a document. */
@SaferHubTest
class CompareAndAttachmentPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ProtocolFixtures fixtures;

    @Autowired
    DocumentEditor editor;

    @Autowired
    Consultations consultations;

    @Autowired
    JdbcClient jdbc;

    private Document twoDrafts(String title) {
        Document document = fixtures.leedsProtocol(title);
        consultations.circulate(users.actor("mstenton"), document.id(), new NewCirculation(CirculationPurpose.COMMENT,
                List.of(Recipient.organisation(fixtures.organisation("West Yorkshire Police Leeds District"), null)),
                "Police", LocalDate.now(), false, LocalDate.now().plusDays(7), null));
        editor.saveDraft(users.actor("krowan"), document.id(), ProtocolFixtures.LEEDS_CONTENT.replace(
                "periodically updated", "reviewed every year"), "Yearly review");
        return document;
    }

    @Test
    void partiesCompareTwoDraftsAndSeeOnlyTheChangedWordsMarked() throws Exception {
        Document document = twoDrafts("Compared drafts");
        String url = "/documents/" + document.id() + "/compare";
        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .notFoundFor(users.as("ene.homes"), users.as("herts.coordinator"))
                .okFor(users.as("krowan"), users.as("mstenton"));

        var page = Jsoup.parse(mvc.perform(get(url).with(users.as("krowan"))).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("#comparison-summary h2").text()).isEqualTo("1 of 3 sections changed");
        assertThat(page.select("#comparison-summary").text()).contains("From Draft 1.0 to Draft 1.1");
        assertThat(page.select("#changed-sections a").eachText()).containsExactly("Section 3: GOVERNANCE");
        String target = page.select("#changed-sections a").attr("href");
        var open = page.select("#compared-sections > div");
        assertThat(open).hasSize(1);
        assertThat("#" + open.attr("id")).isEqualTo(target);
        assertThat(open.select("h2").text()).isEqualTo("3.0 GOVERNANCE");
        assertThat(page.select("#compared-sections > details.govuk-details")).hasSize(2)
                .allSatisfy(details -> assertThat(details.hasAttr("open")).isFalse());
        assertThat(page.select("#compared-sections > details summary").eachText())
                .containsExactly("Section 1: BACKGROUND (unchanged)", "Section 2: PURPOSE OF THIS PROTOCOL (unchanged)");
        assertThat(String.join(" ", open.select("del").eachText())).isEqualTo("removed: periodically updated");
        assertThat(String.join(" ", open.select("ins").eachText())).isEqualTo("added: reviewed every year");
        assertThat(page.select("main").text()).doesNotContain("# 1.", "# 3.0");
    }

    @Test
    void versionsWithTheSameTextSaySoAndFoldEverySection() throws Exception {
        Document document = twoDrafts("Same drafts");
        editor.saveDraft(users.actor("krowan"), document.id(), ProtocolFixtures.LEEDS_CONTENT, "Back again");
        String url = "/documents/" + document.id() + "/compare?from=1.0&to=1.1";

        var page = Jsoup.parse(mvc.perform(get(url).with(users.as("krowan"))).andReturn().getResponse()
                .getContentAsString());

        assertThat(page.select("#comparison-summary").text()).isEqualTo("Draft 1.0 and Draft 1.1 have the same text.");
        assertThat(page.select("#changed-sections, #compared-sections > div, ins, del")).isEmpty();
        assertThat(page.select("#compared-sections > details")).hasSize(3);
    }

    @Test
    void attachingAFileIsForContributorsOfAPartyAndItDownloadsAsAnAttachment() throws Exception {
        Document document = fixtures.leedsProtocol("With an annex");
        String url = "/documents/" + document.id() + "/attachments";
        MockMultipartFile pdf = new MockMultipartFile("file", "annex-b.pdf", "application/pdf", pdf());
        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .notFoundFor(users.as("ene.homes"))
                .okFor(users.as("krowan"));
        AccessMatrix.forPage(mvc, () -> multipart(url).file(pdf).with(csrf()))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("ene.homes"))
                .notFoundFor(users.as("ene.inspector"));

        MvcResult uploaded = mvc.perform(multipart(url).file(pdf).param("title", "Annex B: performance")
                .with(users.as("krowan")).with(csrf())).andReturn();
        assertThat(uploaded.getResponse().getRedirectedUrl()).isEqualTo(url);
        var list = Jsoup.parse(mvc.perform(get(url).with(users.as("mstenton"))).andReturn().getResponse()
                .getContentAsString());
        String link = list.select("#attachments a").attr("href");
        assertThat(list.select("#attachments").text()).contains("Annex B: performance", "annex-b.pdf");

        var download = mvc.perform(get(link).with(users.as("mstenton"))).andReturn().getResponse();
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf.getBytes());
        assertThat(mvc.perform(get(link).with(users.as("ene.homes"))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void aFileThatIsNotWhatItsNameClaimsIsRefusedAndNothingIsKept() throws Exception {
        Document document = fixtures.leedsProtocol("Refused upload");
        int before = jdbc.sql("select count(*) from document_attachment").query(Integer.class).single();
        MockMultipartFile fake = new MockMultipartFile("file", "minutes.pdf", "application/pdf",
                "These are not really minutes".getBytes(StandardCharsets.UTF_8));

        var page = Jsoup.parse(mvc.perform(multipart("/documents/" + document.id() + "/attachments").file(fake)
                .with(users.as("krowan")).with(csrf())).andReturn().getResponse().getContentAsString());

        assertThat(page.select(".govuk-error-summary").text()).contains("minutes.pdf is not a PDF");
        assertThat(page.select("#file-error").text()).contains("is not a PDF");
        assertThat(jdbc.sql("select count(*) from document_attachment").query(Integer.class).single())
                .isEqualTo(before);
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
