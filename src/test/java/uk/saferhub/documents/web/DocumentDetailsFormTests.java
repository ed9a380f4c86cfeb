package uk.saferhub.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class DocumentDetailsFormTests {

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

    /** The registration form filled in; {@code changed} gives other values (name, value, ...) for some fields. */
    MockHttpServletRequestBuilder newDocument(String title, String content, String... changed) {
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("type", new String[] {"PROTOCOL"});
        fields.put("title", new String[] {title});
        fields.put("summary", new String[] {"How PCSOs and Environmental Services share fly-tipping work"});
        fields.put("owningOrganisationId", new String[] {data.organisation("Safer Leeds").toString()});
        fields.put("parties", new String[] {data.organisation("Leeds City Council Environmental Services").toString(),
                data.organisation("West Yorkshire Police Leeds District").toString()});
        fields.put("owners", new String[] {data.person("Katie Rowan").toString()});
        fields.put("approvingBodyId", new String[] {""});
        fields.put("handlingLevel", new String[] {"PARTNERSHIP"});
        fields.put("parentId", new String[] {""});
        fields.put("supersedesId", new String[] {""});
        fields.put("reviewPeriodMonths", new String[] {"24"});
        fields.put("content", new String[] {content});
        for (int i = 0; i < changed.length; i += 2) {
            fields.put(changed[i], new String[] {changed[i + 1]});
        }
        MockHttpServletRequestBuilder request = post("/documents/new").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    long documentsTitled(String title) {
        return data.count("select count(*) from document where title = ?", title);
    }

    @Test
    void contributorsAndAboveMayOpenTheRegistrationForm() throws Exception {
        AccessMatrix.forPage(mvc, "/documents/new")
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("ene.homes"), users.as("panel.member"), users.as("harpenden.clerk"))
                .okFor(users.as("krowan"), users.as("mstenton"), users.as("admin"));
        Document form = page("/documents/new", "krowan");
        assertThat(form.select("select#owningOrganisationId option[selected]").text()).isEqualTo("Safer Leeds");
        assertThat(form.select("label[for=parentId]").text()).isEqualTo("Derives from / sits under (optional)");
        assertThat(form.select("input[name=parties]").eachAttr("value"))
                .contains(data.organisation("Leeds City Council Environmental Services").toString());
        assertThat(form.select("#parties")).hasSize(1);
        assertThat(form.select("select#approvingBodyId option").eachText()).contains("Safer Leeds Executive");
        assertThat(form.select("textarea#content")).hasSize(1);
        assertThat(form.select("details#content-help").text()).contains("# 1. PURPOSE", "# Annex A:",
                "# Appendix 1(a):", "Do not use HTML");
    }

    @Test
    void registeringADocumentThroughTheFormStoresItsDetailsAndFirstDraftAndPutsItInTheRegister() throws Exception {
        String title = DocumentPagesTestData.unique("Fly-tipping protocol");
        AccessMatrix.forPage(mvc, () -> newDocument(DocumentPagesTestData.unique("Anonymous protocol"),
                        DocumentPagesTestData.CONTENT))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("ene.homes"), users.as("panel.member"));

        MvcResult result = mvc.perform(newDocument(title, DocumentPagesTestData.CONTENT).with(users.as("krowan")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        UUID id = jdbc.sql("select id from document where title = ?").param(title).query(UUID.class).single();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + id);
        assertThat(jdbc.sql("select status from document where id = ?").param(id).query(String.class).single())
                .isEqualTo("DRAFT");
        assertThat(jdbc.sql("select review_period_months from document where id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(24);
        assertThat(data.count("select count(*) from document_party where document_id = ?", id)).isEqualTo(2);
        assertThat(jdbc.sql("select content from document_version where document_id = ? and major = 1 and minor = 0")
                .param(id).query(String.class).single()).contains("1.1 To agree how PCSOs");
        assertThat(data.count("select count(*) from audit_event where action = 'CREATE' and record_type = 'document'"
                + " and record_id = ?", id.toString())).isEqualTo(1);

        Document shown = DocumentPagesTestData.followed(mvc, result, users.as("krowan"));
        assertThat(shown.select(".govuk-notification-banner--success").text())
                .contains("\"" + title + "\" registered with Draft 1.0");
        assertThat(shown.select("#document-details").text()).contains("Katie Rowan", "Draft");

        assertThat(page("/documents?q=" + title.substring(title.lastIndexOf(' ') + 1), "krowan")
                .select("#register tbody tr a").eachText()).containsExactly(title);
        assertThat(page("/documents", "ene.homes").select("#register tbody tr a").eachText())
                .as("a draft stays with its parties").doesNotContain(title);
    }

    @Test
    void aRefusedFormShowsEveryProblemAndSavesNothing() throws Exception {
        String title = DocumentPagesTestData.unique("Refused protocol");
        long documentsBefore = data.count("select count(*) from document");
        long versionsBefore = data.count("select count(*) from document_version");
        String content = """
                # 1. PURPOSE

                1.1 To agree the protocol <script>alert('x')</script>

                1.3 A clause out of order.
                """;
        MvcResult result = mvc.perform(newDocument(title, content, "type", "", "reviewPeriodMonths", "200")
                .with(users.as("krowan"))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Error:");
        var summary = page.select(".govuk-error-summary a");
        assertThat(summary.eachAttr("href")).containsExactlyInAnyOrder("#type", "#reviewPeriodMonths", "#content",
                "#content");
        assertThat(summary.eachText()).anySatisfy(text -> assertThat(text).startsWith("Line 3 contains HTML"));
        assertThat(summary.eachText()).anySatisfy(text -> assertThat(text).startsWith("Line 5: Clause 1.3"));
        assertThat(page.select("#content-error").text()).contains("Line 3 contains HTML", "Line 5: Clause 1.3");
        assertThat(page.select("textarea#content").text()).contains("<script>alert('x')</script>");
        assertThat(page.select("script").stream().noneMatch(s -> s.data().contains("alert"))).isTrue();

        assertThat(data.count("select count(*) from document")).isEqualTo(documentsBefore);
        assertThat(data.count("select count(*) from document_version")).isEqualTo(versionsBefore);
        assertThat(documentsTitled(title)).isZero();
    }

    @Test
    void aRefusalFromTheDocumentsServiceIsShownBesideItsFieldAndSavesNothing() throws Exception {
        String title = DocumentPagesTestData.unique("Agreement under a memorandum");
        UUID memorandum = data.demo(DocumentPagesTestData.MEMORANDUM, "ewilson");
        MvcResult result = mvc.perform(post("/documents/new").with(csrf()).with(users.as("ewilson"))
                .param("type", "SERVICE_AGREEMENT").param("title", title)
                .param("owningOrganisationId", data.organisation("Huntingdonshire District Council").toString())
                .param("handlingLevel", "PARTNERSHIP").param("parentId", memorandum.toString())
                .param("content", DocumentPagesTestData.CONTENT)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary a[href=#parentId]").text())
                .contains("A service agreement cannot", "a memorandum of understanding");
        assertThat(page.select("#parentId-error").text()).contains("A service agreement cannot");
        assertThat(documentsTitled(title)).isZero();
    }

    @Test
    void onlyCoordinatorsOfThePartiesMayChangeTheDetails() throws Exception {
        String url = "/documents/" + data.leedsDraft("Details access protocol").id() + "/edit";
        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("krowan"), users.as("ene.homes"))
                .notFoundFor(users.as("ewilson"), users.as("herts.coordinator"))
                .okFor(users.as("mstenton"));
        AccessMatrix.forPage(mvc, () -> post(url).with(csrf()).param("type", "PROTOCOL").param("title", "Taken"))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("krowan"))
                .notFoundFor(users.as("ewilson"));
        Document form = page(url, "mstenton");
        assertThat(form.select("select#type option[selected]").val()).isEqualTo("PROTOCOL");
        assertThat(form.select("input[name=parties][checked]").eachAttr("value"))
                .containsExactly(data.organisation("Leeds City Council Environmental Services").toString());
        assertThat(form.select("input[name=owners][checked]").eachAttr("value"))
                .containsExactly(data.person("Martyn Stenton").toString());
        assertThat(form.select("textarea#content")).as("the content changes on the draft page").isEmpty();
    }

    @Test
    void changingTheDetailsSavesThemAndShowsThemOnTheDocumentPage() throws Exception {
        var document = data.leedsDraft("Details protocol");
        String title = DocumentPagesTestData.unique("Renamed protocol");
        UUID executive = jdbc.sql("select id from partnership_body where name = 'Safer Leeds Executive'")
                .query(UUID.class).single();
        MvcResult result = mvc.perform(post("/documents/" + document.id() + "/edit").with(csrf())
                .with(users.as("mstenton"))
                .param("type", "PROTOCOL").param("title", title)
                .param("owningOrganisationId", data.organisation("Safer Leeds").toString())
                .param("parties", data.organisation("Leeds City Council Environmental Services").toString())
                .param("owners", data.person("Martyn Stenton").toString(), data.person("Katie Rowan").toString())
                .param("approvingBodyId", executive.toString()).param("handlingLevel", "PARTNERSHIP")
                .param("reviewPeriodMonths", "6")).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + document.id());
        assertThat(jdbc.sql("select title from document where id = ?").param(document.id()).query(String.class)
                .single()).isEqualTo(title);
        Document page = DocumentPagesTestData.followed(mvc, result, users.as("mstenton"));
        assertThat(page.select(".govuk-notification-banner--success").text()).contains("Details saved");
        assertThat(page.select("#document-details").text()).contains("Martyn Stenton", "Katie Rowan",
                "Approving body Safer Leeds Executive", "every 6 months");
        assertThat(page.select("table:has(caption:containsOwn(Document control)) tbody tr").eachText())
                .contains("Approved by Safer Leeds Executive");
        assertThat(data.count("select count(*) from document_owner where document_id = ?", document.id()))
                .isEqualTo(2);
    }

    @Test
    void aRefusedChangeOfDetailsKeepsTheDocumentAsItWas() throws Exception {
        var document = data.leedsDraft("Unchanged protocol");
        MvcResult result = mvc.perform(post("/documents/" + document.id() + "/edit").with(csrf())
                .with(users.as("mstenton")).param("type", "PROTOCOL").param("title", " ")
                .param("owningOrganisationId", "not-an-id")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#title", "#owningOrganisationId");
        assertThat(jdbc.sql("select title from document where id = ?").param(document.id()).query(String.class)
                .single()).isEqualTo(document.title());
    }
}
