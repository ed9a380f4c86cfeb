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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.documents.Document;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class CirculationPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    WorkflowTestDocuments data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyAPartysCoordinatorMaySendTheDraftOut() {
        Document draft = data.leedsDraft("Circulation access");
        String url = "/documents/" + draft.id() + "/circulate";
        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("krowan"), users.as("ene.homes"))
                .notFoundFor(users.as("herts.coordinator"))
                .okFor(users.as("mstenton"));
        AccessMatrix.forPage(mvc, () -> post(url).with(csrf()).param("purpose", "COMMENT"))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("krowan"), users.as("ene.homes"))
                .notFoundFor(users.as("herts.coordinator"))
                .okFor(users.as("mstenton"));
        AccessMatrix.forPage(mvc, "/documents/" + UUID.randomUUID() + "/circulate")
                .notFoundFor(users.as("mstenton"));
        assertThat(data.count("document_circulation", "document_id", draft.id())).isZero();
    }

    @Test
    void theFormOffersThePurposesThePartnersAndTheBodiesAndSaysTheDraftWillBeFrozen() throws Exception {
        Document draft = data.leedsDraft("Circulation form");
        var page = Jsoup.parse(mvc.perform(get("/documents/" + draft.id() + "/circulate").with(users.as("mstenton")))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Send the draft out");
        assertThat(page.select(".govuk-caption-l").text()).isEqualTo(draft.title());
        assertThat(page.text()).contains("Current version: Draft 1.0", "is frozen",
                "SaferHub sends it to Safer Leeds Executive");
        assertThat(page.select("a.govuk-back-link").attr("href")).isEqualTo("/documents/" + draft.id());
        assertThat(page.select("input[name=purpose]").eachAttr("value"))
                .containsExactly("COMMENT", "INFORMATION", "APPROVAL");
        assertThat(page.select("#recipients-group label").eachText())
                .contains("Leeds City Council Environmental Services", "Safer Leeds Executive");
        assertThat(page.select("input#recipients")).hasSize(1);
        assertThat(page.select("input[id='sent.day']").val()).isEqualTo(String.valueOf(LocalDate.now(
                WorkflowTestDocuments.LONDON).getDayOfMonth()));
        assertThat(page.select("input#monthOnly")).hasSize(1);
        assertThat(page.select("script").last().attr("nonce")).isNotBlank();
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    @Test
    void sendingForCommentWithNoRecipientsIsRefusedAndNothingIsSent() throws Exception {
        Document draft = data.leedsDraft("No recipients");
        MvcResult result = mvc.perform(post("/documents/" + draft.id() + "/circulate").with(csrf())
                .with(users.as("mstenton")).param("purpose", "COMMENT").param("sent.day", "3")
                .param("sent.month", "11").param("sent.year", "2025").param("closes.day", "30")
                .param("closes.month", "11").param("closes.year", "2025")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        var page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a[href=#recipients]").text())
                .isEqualTo("Choose at least one organisation or body to send the draft to");
        assertThat(page.select("input[id='closes.day']").val()).isEqualTo("30");
        assertThat(data.count("document_circulation", "document_id", draft.id())).isZero();
        assertThat(data.status(draft.id())).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select frozen from document_version where document_id = ?").param(draft.id())
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void sendingForCommentWithoutAClosingDateIsRefusedBesideTheDate() throws Exception {
        Document draft = data.leedsDraft("No closing date");
        var page = Jsoup.parse(mvc.perform(post("/documents/" + draft.id() + "/circulate").with(csrf())
                .with(users.as("mstenton")).param("purpose", "COMMENT")
                .param("recipients", "org:" + data.organisation("Leeds City Council Environmental Services"))
                .param("sent.day", "3").param("sent.month", "11").param("sent.year", "2025"))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary a[href='#closes.day']").text())
                .isEqualTo("Enter the closing date for comments");
        assertThat(page.select("input[name=recipients][checked]").eachAttr("value"))
                .containsExactly("org:" + data.organisation("Leeds City Council Environmental Services"));
        assertThat(data.count("document_circulation", "document_id", draft.id())).isZero();
    }

    @Test
    void aDraftSentForCommentToTheMonthIsFrozenAndTheControlBlockGetsTheSeedsWords() throws Exception {
        Document draft = data.leedsDraft("Sent for comment");
        MvcResult result = mvc.perform(post("/documents/" + draft.id() + "/circulate").with(csrf())
                .with(users.as("mstenton")).param("purpose", "COMMENT")
                .param("recipients", "org:" + data.organisation("Leeds City Council Environmental Services"))
                .param("recipients", "body:" + data.body("Safer Leeds Executive").id().value())
                .param("recipientsLabel", "Police, Environmental Services & Community Safety")
                .param("sent.day", "").param("sent.month", "10").param("sent.year", "2025").param("monthOnly", "true")
                .param("closes.day", "31").param("closes.month", "10").param("closes.year", "2025")
                .param("note", "Comments to Katie Rowan")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + draft.id());
        assertThat(result.getFlashMap().get("success"))
                .isEqualTo("Draft 1.0 sent to Police, Environmental Services & Community Safety (for comment)");
        var row = jdbc.sql("select sent_on, month_only, recipients_label, closes_on, note from document_circulation"
                + " where document_id = ?").param(draft.id()).query().singleRow();
        assertThat(row.get("sent_on").toString()).isEqualTo("2025-10-01");
        assertThat(row.get("month_only")).isEqualTo(true);
        assertThat(row.get("recipients_label")).isEqualTo("Police, Environmental Services & Community Safety");
        assertThat(row.get("closes_on").toString()).isEqualTo("2025-10-31");
        assertThat(data.count("document_circulation_recipient", "circulation_id",
                data.circulation(draft.id(), "COMMENT"))).isEqualTo(2);
        assertThat(data.status(draft.id())).isEqualTo("IN_CONSULTATION");
        assertThat(jdbc.sql("select frozen from document_version where document_id = ?").param(draft.id())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void sendingToTheApprovingBodyNeedsNoRecipientsAndJoinsNothingElse() throws Exception {
        Document draft = data.leedsDraft("Sent for approval");
        MvcResult result = mvc.perform(post("/documents/" + draft.id() + "/circulate").with(csrf())
                .with(users.as("mstenton")).param("purpose", "APPROVAL")
                .param("recipients", "org:" + data.organisation("Leeds City Council Environmental Services"))
                .param("sent.day", "3").param("sent.month", "11").param("sent.year", "2025")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + draft.id());
        UUID circulation = data.circulation(draft.id(), "APPROVAL");
        assertThat(jdbc.sql("select body_id from document_circulation_recipient where circulation_id = ?")
                .param(circulation).query(UUID.class).list())
                .containsExactly(data.body("Safer Leeds Executive").id().value());
        assertThat(jdbc.sql("select recipients_label from document_circulation where id = ?").param(circulation)
                .query(String.class).single()).isEqualTo("Safer Leeds Executive");
    }
}
