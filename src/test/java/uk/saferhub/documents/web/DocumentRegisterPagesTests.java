package uk.saferhub.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.documents.Documents;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class DocumentRegisterPagesTests {

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

    Element row(Document page, String title) {
        return page.select("#register tbody tr").stream().filter(r -> r.select("a").text().equals(title))
                .findFirst().orElse(null);
    }

    @Test
    void everyoneSignedInReadsTheRegisterAndAnonymousVisitorsAreSentToSignIn() throws Exception {
        AccessMatrix.forPage(mvc, "/documents")
                .anonymousRedirectsToSignIn()
                .okFor(users.as("panel.member"), users.as("ene.homes"), users.as("mstenton"), users.as("admin"));
        assertThat(page("/documents", "panel.member").select("#navigation a[href=/documents]").text())
                .isEqualTo("Documents");
    }

    @Test
    void theRegisterShowsTheLeedsProtocolsTypeStatusVersionOwnerAndApprovingBodyToItsParties() throws Exception {
        Document page = page("/documents?q=Working", "mstenton");
        Element row = row(page, DocumentPagesTestData.LEEDS_PROTOCOL);
        assertThat(row).isNotNull();
        assertThat(row.select("td").eachText()).containsExactly(DocumentPagesTestData.LEEDS_PROTOCOL, "Protocol",
                "In consultation", "Draft 1.0", "Safer Leeds", "Safer Leeds Executive", "Not set");
        assertThat(row.select("a").attr("href"))
                .isEqualTo("/documents/" + data.demo(DocumentPagesTestData.LEEDS_PROTOCOL, "mstenton"));
        assertThat(row.select("strong.govuk-tag--yellow").text()).isEqualTo("In consultation");
    }

    @Test
    void draftsStayOutOfTheRegisterForOrganisationsThatAreNotPartiesOrConsultees() throws Exception {
        assertThat(row(page("/documents", "ene.homes"), DocumentPagesTestData.LEEDS_PROTOCOL)).isNull();
        assertThat(row(page("/documents", "harpenden.clerk"), DocumentPagesTestData.POLICY_STATEMENT)).isNull();
        assertThat(row(page("/documents", "herts.police"), DocumentPagesTestData.POLICY_STATEMENT)).isNotNull();
        assertThat(row(page("/documents", "panel.member"), DocumentPagesTestData.GOVERNANCE_PROTOCOL))
                .as("a published, approved document is read by panel members").isNotNull();
    }

    @Test
    void theFiltersNarrowTheRegisterAndKeepWhatWasChosen() throws Exception {
        String protocol = data.leedsDraft("Register filter protocol").title();
        String words = protocol.substring(protocol.lastIndexOf(' ') + 1);

        Document byWords = page("/documents?q=" + words, "krowan");
        assertThat(byWords.select("#register tbody tr")).hasSize(1);
        assertThat(byWords.select("#q").val()).isEqualTo(words);

        Document byType = page("/documents?type=PROTOCOL&status=DRAFT", "krowan");
        assertThat(row(byType, protocol)).isNotNull();
        assertThat(row(byType, DocumentPagesTestData.LEEDS_PROTOCOL)).as("in consultation, not a draft").isNull();
        assertThat(byType.select("select[name=type] option[selected]").val()).isEqualTo("PROTOCOL");
        assertThat(byType.select("select[name=status] option[selected]").val()).isEqualTo("DRAFT");
        assertThat(row(page("/documents?type=POLICY_STATEMENT", "krowan"), protocol)).isNull();

        String environmentalServices = data.organisation("Leeds City Council Environmental Services").toString();
        Document byParty = page("/documents?party=" + environmentalServices, "krowan");
        assertThat(row(byParty, protocol)).isNotNull();
        assertThat(byParty.select("select[name=party] option[selected]").val()).isEqualTo(environmentalServices);
        assertThat(row(page("/documents?party=" + data.organisation("East North East Homes Leeds"), "krowan"),
                protocol)).isNull();
        assertThat(page("/documents?type=nonsense&party=not-an-id", "krowan").select("#register tbody tr"))
                .as("filters that name nothing are ignored").isNotEmpty();
    }

    @Test
    void reviewsDueShowsTheOverdueGovernanceProtocolWithAnOverdueTag() throws Exception {
        Document page = page("/documents?reviewDue=true", "ewilson");
        Element row = row(page, DocumentPagesTestData.GOVERNANCE_PROTOCOL);
        assertThat(row).isNotNull();
        assertThat(row.select("strong.govuk-tag--red").text()).isEqualTo("Overdue");
        assertThat(row(page, DocumentPagesTestData.LEEDS_PROTOCOL)).isNull();
        assertThat(page.select("#reviewDue").hasAttr("checked")).isTrue();
    }

    @Test
    void whenNothingMatchesTheRegisterSaysSoInsteadOfShowingAnEmptyTable() throws Exception {
        Document page = page("/documents?q=no-such-document-anywhere", "mstenton");
        assertThat(page.select("#register")).isEmpty();
        assertThat(page.select("#no-documents").text()).isEqualTo("No documents match. Try fewer filters.");
        assertThat(page.select("a[href=/documents]").text()).contains("Clear filters");
    }

    @Test
    void onlyContributorsAndAboveAreOfferedToRegisterADocument() throws Exception {
        assertThat(page("/documents", "krowan").select("a.govuk-button[href=/documents/new]")).hasSize(1);
        assertThat(page("/documents", "mstenton").select("a.govuk-button[href=/documents/new]")).hasSize(1);
        assertThat(page("/documents", "ene.homes").select("a[href=/documents/new]")).isEmpty();
        assertThat(page("/documents", "panel.member").select("a[href=/documents/new]")).isEmpty();
    }
}
