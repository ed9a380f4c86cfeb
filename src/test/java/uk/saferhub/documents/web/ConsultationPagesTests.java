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

import uk.saferhub.documents.CirculationPurpose;
import uk.saferhub.documents.Consultations;
import uk.saferhub.documents.Document;
import uk.saferhub.documents.NewCirculation;
import uk.saferhub.documents.Recipient;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class ConsultationPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    WorkflowTestDocuments data;

    @Autowired
    Consultations consultations;

    @Autowired
    JdbcClient jdbc;

    /** A fresh Leeds draft sent for comment to Leeds City Council Environmental Services, closing on the day given. */
    private UUID sentForComment(String title, LocalDate sent, LocalDate closes) {
        Document draft = data.leedsDraft(title);
        return consultations.circulate(null, draft.id(), new NewCirculation(CirculationPurpose.COMMENT,
                List.of(Recipient.organisation(data.organisation("Leeds City Council Environmental Services"), null)),
                null, sent, false, closes, null)).id();
    }

    private UUID documentOf(UUID circulation) {
        return jdbc.sql("select document_id from document_circulation where id = ?").param(circulation)
                .query(UUID.class).single();
    }

    @Test
    void onlyAPartysContributorsAndTheConsulteesMayRecordAComment() {
        LocalDate today = LocalDate.now(WorkflowTestDocuments.LONDON);
        UUID circulation = sentForComment("Comment access", today.minusDays(1), today.plusDays(14));
        UUID document = documentOf(circulation);
        String url = "/documents/" + document + "/circulations/" + circulation + "/comments/new";
        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("ene.homes"))
                .notFoundFor(users.as("herts.coordinator"))
                .okFor(users.as("krowan"), users.as("mstenton"));
        AccessMatrix.forPage(mvc, () -> post(url).with(csrf()).param("text", ""))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("ene.homes"))
                .notFoundFor(users.as("herts.coordinator"))
                .okFor(users.as("krowan"));
        AccessMatrix.forPage(mvc, "/documents/" + document + "/circulations/" + UUID.randomUUID() + "/comments/new")
                .notFoundFor(users.as("krowan"));
        assertThat(data.comments(document)).isZero();
    }

    @Test
    void theCommentFormOffersTheRecipientsAndTheCirculatedDraftsSections() throws Exception {
        LocalDate today = LocalDate.now(WorkflowTestDocuments.LONDON);
        UUID circulation = sentForComment("Comment form", today, today.plusDays(14));
        UUID document = documentOf(circulation);
        var page = Jsoup.parse(mvc.perform(get("/documents/" + document + "/circulations/" + circulation
                + "/comments/new").with(users.as("krowan"))).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Record a comment");
        assertThat(page.text()).contains("Current version: Draft 1.0", "Open");
        assertThat(page.select("input[name=commenter]").eachAttr("value"))
                .containsExactly("org:" + data.organisation("Leeds City Council Environmental Services"));
        assertThat(page.select("input#commenter").hasAttr("checked")).as("the only choice").isTrue();
        assertThat(page.select("select#sectionRef option").eachText()).containsExactly("Whole document",
                "Section 1: BACKGROUND", "Section 2: PURPOSE OF THIS PROTOCOL", "Section 3: GOVERNANCE",
                "Clause 3.1: The protocol will be agreed and periodically updated by…",
                "Clause 3.2: Divisional Community Safety Partnerships will monitor the…");
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    @Test
    void aCommentReceivedAfterTheClosingDateIsRefusedWithTheServicesWordsAndNothingIsRecorded() throws Exception {
        UUID circulation = sentForComment("Late comment", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 31));
        UUID document = documentOf(circulation);
        String url = "/documents/" + document + "/circulations/" + circulation + "/comments/new";
        var form = Jsoup.parse(mvc.perform(get(url).with(users.as("krowan"))).andReturn().getResponse()
                .getContentAsString());
        assertThat(form.text()).contains("Closed", "Comments closed on 31 January 2026");

        MvcResult result = mvc.perform(post(url).with(csrf()).with(users.as("krowan"))
                .param("commenter", "org:" + data.organisation("Leeds City Council Environmental Services"))
                .param("sectionRef", "section-2").param("text", "We would like the ALMO named")
                .param("received.day", "2").param("received.month", "2").param("received.year", "2026")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        var page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary a[href='#received.day']").text()).isEqualTo("Comments on Draft 1.0"
                + " closed on 31 January 2026: this comment came after the closing date");
        assertThat(page.select("textarea#text").text()).isEqualTo("We would like the ALMO named");
        assertThat(data.comments(document)).isZero();
    }

    @Test
    void aCommentReceivedByTheClosingDateIsRecordedAgainstItsSection() throws Exception {
        UUID circulation = sentForComment("Timely comment", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 31));
        UUID document = documentOf(circulation);
        MvcResult result = mvc.perform(post("/documents/" + document + "/circulations/" + circulation
                + "/comments/new").with(csrf()).with(users.as("krowan"))
                .param("commenter", "org:" + data.organisation("Leeds City Council Environmental Services"))
                .param("sectionRef", "clause-3-2").param("text", "Name the Locality Partnerships too")
                .param("received.day", "30").param("received.month", "1").param("received.year", "2026")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + document);
        var row = jdbc.sql("select section_ref, section_label, text, received_on from document_comment"
                + " where circulation_id = ?").param(circulation).query().singleRow();
        assertThat(row.get("section_ref")).isEqualTo("clause-3-2");
        assertThat(row.get("section_label")).isEqualTo("3.2");
        assertThat(row.get("text")).isEqualTo("Name the Locality Partnerships too");
        assertThat(row.get("received_on").toString()).isEqualTo("2026-01-30");
    }

    @Test
    void theConsultationSummaryIsForPartiesAndConsulteesOnly() {
        UUID leeds = data.demo("Protocol to Support Local Working");
        AccessMatrix.forPage(mvc, "/documents/" + leeds + "/consultation")
                .anonymousRedirectsToSignIn()
                .notFoundFor(users.as("herts.coordinator"), users.as("ene.homes"), users.as("panel.member"))
                .okFor(users.as("krowan"), users.as("mstenton"));
    }

    @Test
    void theConsultationSummaryPresentsTheScrutinyPanelsCommentForCabinetBySection() throws Exception {
        UUID protocol = data.demo("Police Community Support Officers – Governance Protocol");
        var page = Jsoup.parse(mvc.perform(get("/documents/" + protocol + "/consultation").with(users.as("ewilson")))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Consultation");
        assertThat(page.text()).contains("Cabinet, the approving body", "Comments received (1)");
        var rows = page.select("table tbody tr");
        assertThat(rows.first().text()).contains("Draft 1.0", "Scrutiny Panel (Finance & Planning)", "For comment",
                "10 February 2004", "Closed");
        assertThat(rows.select("a:contains(Record a comment)")).as("closed long ago").isEmpty();
        assertThat(page.select("h3").eachText()).singleElement().asString().startsWith("2.2");
        assertThat(page.select(".saferhub-comment").text()).contains("The Panel supports piloting",
                "Scrutiny Panel (Finance & Planning), received 10 February 2004");
    }

    @Test
    void anOpenConsultationOffersToRecordAComment() throws Exception {
        LocalDate today = LocalDate.now(WorkflowTestDocuments.LONDON);
        UUID circulation = sentForComment("Open consultation", today, today.plusDays(7));
        UUID document = documentOf(circulation);
        var page = Jsoup.parse(mvc.perform(get("/documents/" + document + "/consultation").with(users.as("krowan")))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("a:contains(Record a comment)").attr("href"))
                .isEqualTo("/documents/" + document + "/circulations/" + circulation + "/comments/new");
        assertThat(page.text()).contains("Open", "No comments have been recorded on the drafts.");
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }
}
