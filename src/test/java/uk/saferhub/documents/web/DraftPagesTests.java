package uk.saferhub.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class DraftPagesTests {

    static final String REVISED = """
            # 1. PURPOSE

            1.1 To agree how PCSOs and council officers work together on fly-tipping and graffiti.

            # 2. GOVERNANCE

            2.1 The Safer Leeds Executive agrees the protocol.
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentPagesTestData data;

    Document page(String url, String user) throws Exception {
        MvcResult result = mvc.perform(get(url).with(users.as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    long versions(UUID document) {
        return data.count("select count(*) from document_version where document_id = ?", document);
    }

    String content(UUID document, String number) {
        String[] parts = number.split("\\.");
        return jdbc.sql("select content from document_version where document_id = ? and major = ? and minor = ?")
                .param(document).param(Integer.parseInt(parts[0])).param(Integer.parseInt(parts[1]))
                .query(String.class).single();
    }

    @Test
    void onlyContributorsOfAPartyMayOpenTheDraft() throws Exception {
        String url = "/documents/" + data.demo(DocumentPagesTestData.LEEDS_PROTOCOL, "mstenton") + "/draft";
        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("ene.homes"), users.as("panel.member"))
                .notFoundFor(users.as("ene.inspector"), users.as("central.sergeant"), users.as("herts.coordinator"))
                .okFor(users.as("krowan"), users.as("mstenton"));
        String policy = "/documents/" + data.demo(DocumentPagesTestData.POLICY_STATEMENT, "herts.coordinator")
                + "/draft";
        AccessMatrix.forPage(mvc, policy)
                .forbiddenFor(users.as("harpenden.clerk"))
                .notFoundFor(users.as("krowan"))
                .okFor(users.as("herts.coordinator"));
        AccessMatrix.forPage(mvc, "/documents/" + data.demo(DocumentPagesTestData.GOVERNANCE_PROTOCOL, "krowan")
                        + "/draft")
                .forbiddenFor(users.as("krowan")); // a published protocol: every partner reads it, only parties edit

    }

    @Test
    void theLeedsDraftOpensWithItsContentAndSaysSavingMakesDraft11() throws Exception {
        Document page = page("/documents/" + data.demo(DocumentPagesTestData.LEEDS_PROTOCOL, "krowan") + "/draft",
                "krowan");
        assertThat(page.select("#draft-number").text())
                .isEqualTo("Saving makes Draft 1.1; Draft 1.0 stays as it was sent.");
        assertThat(page.select("textarea#content").text()).contains("# 6.0 GOVERNANCE");
        assertThat(page.select("input#changeNote").val()).isEmpty();
        assertThat(page.select("details#content-help .govuk-details__summary-text").text())
                .isEqualTo("How to write sections");
    }

    @Test
    void postingTheDraftNeedsAContributorOfAParty() throws Exception {
        UUID id = data.leedsDraft("Draft access protocol").id();
        String url = "/documents/" + id + "/draft";
        AccessMatrix.forPage(mvc, () -> post(url).with(csrf()).param("content", REVISED))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("ene.homes"), users.as("panel.member"))
                .notFoundFor(users.as("ene.inspector"), users.as("central.sergeant"));
        assertThat(content(id, "1.0")).isEqualTo(DocumentPagesTestData.CONTENT);
        AccessMatrix.forPage(mvc, () -> post(url).with(csrf()).param("content", REVISED))
                .allowedFor(users.as("krowan"));
        assertThat(content(id, "1.0")).isEqualTo(REVISED);
    }

    @Test
    void savingADraftBeforeItIsCirculatedChangesItInPlace() throws Exception {
        UUID id = data.leedsDraft("In place protocol").id();
        String url = "/documents/" + id + "/draft";
        assertThat(page(url, "krowan").select("#draft-number").text())
                .isEqualTo("Saving changes Draft 1.0: it has not been circulated yet.");

        MvcResult result = mvc.perform(post(url).with(csrf()).with(users.as("krowan")).param("content", REVISED)
                .param("changeNote", "Graffiti added")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + id);
        assertThat(result.getFlashMap().get("success")).isEqualTo("Draft 1.0 saved");
        assertThat(versions(id)).isEqualTo(1);
        assertThat(content(id, "1.0")).isEqualTo(REVISED);
    }

    @Test
    void savingADraftAfterItWasCirculatedMakesTheNextDraftAndLeavesTheSentOneAsItWas() throws Exception {
        var document = data.leedsDraft("Circulated protocol");
        data.circulate(document);
        String url = "/documents/" + document.id() + "/draft";
        Document form = page(url, "krowan");
        assertThat(form.select("h1").text()).isEqualTo("Make the next draft");
        assertThat(form.select("#draft-number").text())
                .isEqualTo("Saving makes Draft 1.1; Draft 1.0 stays as it was sent.");

        MvcResult result = mvc.perform(post(url).with(csrf()).with(users.as("krowan")).param("content", REVISED)
                .param("changeNote", "Comments of Environmental Services taken in")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + document.id());
        assertThat(versions(document.id())).isEqualTo(2);
        assertThat(content(document.id(), "1.0")).isEqualTo(DocumentPagesTestData.CONTENT);
        assertThat(content(document.id(), "1.1")).isEqualTo(REVISED);

        Document shown = DocumentPagesTestData.followed(mvc, result, users.as("krowan"));
        assertThat(shown.select(".govuk-notification-banner--success").text()).contains("Draft 1.1 saved");
        assertThat(shown.select("#document-current-version").text()).isEqualTo("Draft Version 1.1");
        var history = shown.select("table:has(caption:containsOwn(Versions)) tbody tr").eachText();
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).startsWith("Draft 1.1 (shown above)")
                .contains("Katie Rowan (Safer Leeds)", "Comments of Environmental Services taken in");
        assertThat(history.get(1)).startsWith("Draft 1.0").contains("First draft");
        assertThat(shown.select("table:has(caption:containsOwn(Document control)) tbody tr").eachText())
                .contains("Draft to Environmental Services 5 January 2026");
        assertThat(shown.select(".app-document").text()).contains("fly-tipping and graffiti");
    }

    @Test
    void markupCarryingScriptIsRefusedWithItsLineAndTheDraftStaysAsItWas() throws Exception {
        UUID id = data.leedsDraft("Script protocol").id();
        String script = """
                # 1. PURPOSE

                1.1 To agree the protocol.

                <script>alert('gotcha')</script>
                """;
        MvcResult result = mvc.perform(post("/documents/" + id + "/draft").with(csrf()).with(users.as("krowan"))
                .param("content", script).param("changeNote", "Sneaky")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#content");
        assertThat(page.select(".govuk-error-summary a").text()).startsWith("Line 5 contains HTML (<script>)");
        assertThat(page.select("textarea#content").text()).contains("<script>alert('gotcha')</script>");
        assertThat(page.select("input#changeNote").val()).isEqualTo("Sneaky");
        assertThat(versions(id)).isEqualTo(1);
        assertThat(content(id, "1.0")).isEqualTo(DocumentPagesTestData.CONTENT);
    }
}
