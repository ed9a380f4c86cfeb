package uk.saferhub.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.documents.DocumentVersion;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class DocumentPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentPagesTestData data;

    MvcResult get200(String url, String user) throws Exception {
        MvcResult result = mvc.perform(get(url).with(users.as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url + " as " + user).isEqualTo(200);
        return result;
    }

    Document page(String url, String user) throws Exception {
        return Jsoup.parse(get200(url, user).getResponse().getContentAsString());
    }

    String leeds() {
        return "/documents/" + data.demo(DocumentPagesTestData.LEEDS_PROTOCOL, "mstenton");
    }

    String governanceProtocol() {
        return "/documents/" + data.demo(DocumentPagesTestData.GOVERNANCE_PROTOCOL, "ewilson");
    }

    @Test
    void theLeedsProtocolsDraftIsShownOnlyToItsPartiesAndConsultees() throws Exception {
        AccessMatrix.forPage(mvc, leeds())
                .anonymousRedirectsToSignIn()
                .notFoundFor(users.as("ene.homes"), users.as("harpenden.clerk"), users.as("ewilson"),
                        users.as("panel.member"))
                .okFor(users.as("mstenton"), users.as("krowan"));
        AccessMatrix.forPage(mvc, "/documents/" + UUID.randomUUID()).notFoundFor(users.as("mstenton"));
        AccessMatrix.forPage(mvc, "/documents/not-an-id").notFoundFor(users.as("mstenton"));
    }

    @Test
    void theControlBlockOfSeed001ComesAtTheEndOfTheDocumentAfterItsLastSection() throws Exception {
        String html = get200(leeds(), "mstenton").getResponse().getContentAsString();
        Document page = Jsoup.parse(html);

        Element control = page.selectFirst("table:has(caption:containsOwn(Document control))");
        assertThat(control).isNotNull();
        List<String> rows = control.select("tbody tr").eachText();
        assertThat(rows.subList(0, 5)).containsExactly(
                "Draft Version 1.0 October 2011",
                "Draft to Police, Environmental Services & Community Safety October 2011",
                "Draft to Safer Leeds Executive 3 November 2011",
                "Approved by Safer Leeds Executive",
                "Date of Next Review");
        // the order of the owners is the documents store's (DemonstrationDocumentsTests holds it to the seed's)
        assertThat(rows.get(5)).startsWith("Document Owner").endsWith(", Safer Leeds")
                .contains("Martyn Stenton", " & ", "Katie Rowan");
        assertThat(control.select("th[scope=row]")).hasSize(6);

        int governance = html.indexOf("6.0 GOVERNANCE");
        int lastWords = html.indexOf("Key issues of significance and occasional updates");
        int executive = html.indexOf("Draft to Safer Leeds Executive");
        int november = html.indexOf("3 November 2011");
        assertThat(governance).isPositive();
        assertThat(lastWords).isGreaterThan(governance);
        assertThat(executive).isGreaterThan(lastWords);
        assertThat(november).isGreaterThan(executive);
        assertThat(page.select("#document-text > *").last().selectFirst("table")).as("the table in its scrolling box")
                .isEqualTo(control);
    }

    @Test
    void theDocumentPageShowsItsDetailsContentsHistoryAndCirculations() throws Exception {
        Document page = page(leeds(), "krowan");
        assertThat(page.select("h1").text()).isEqualTo(DocumentPagesTestData.LEEDS_PROTOCOL);
        var details = page.select("#document-details .govuk-summary-list__row");
        assertThat(details.eachText()).contains("Type Protocol", "Status In consultation",
                "Owner organisation Safer Leeds",
                "Approving body Safer Leeds Executive", "Handling level Partnership", "In force from Not in force",
                "Next review Not set (every 12 months)", "Published No");
        assertThat(page.select("#document-details").text()).contains("Martyn Stenton", "Katie Rowan",
                "Parties Leeds City Council Environmental Services, West Yorkshire Police Leeds District");
        assertThat(page.select(".app-document-contents a").eachAttr("href")).contains("#section-6", "#appendix-1a");
        assertThat(page.getElementById("section-6")).isNotNull();
        assertThat(page.select(".app-document-contents a[href=#section-6]").text()).isEqualTo("Section 6: GOVERNANCE");
        assertThat(page.select(".govuk-warning-text").text()).contains("This is a draft");
        assertThat(page.select("table:has(caption:containsOwn(Versions)) tbody tr").eachText())
                .singleElement().asString().startsWith("Draft 1.0 (shown above)");
        var circulations = page.select("table:has(caption:containsOwn(Who each draft was sent to)) tbody tr");
        assertThat(circulations.eachText()).containsExactly(
                "Draft 1.0 Police, Environmental Services & Community Safety For comment October 2011 31 October 2011",
                "Draft 1.0 Safer Leeds Executive For approval 3 November 2011");
        assertThat(page.select("script").stream().noneMatch(s -> s.data().contains("alert"))).isTrue();
    }

    @Test
    void aCoordinatorOfThePartiesGetsTheStepsAsLinksAndAContributorOnlyTheDraft() throws Exception {
        String url = leeds();
        Document coordinator = page(url, "mstenton");
        assertThat(coordinator.select("a.govuk-button[href=" + url + "/draft]").text()).isEqualTo("Edit the draft");
        assertThat(coordinator.select("a.govuk-button[href=" + url + "/edit]").text())
                .isEqualTo("Change the details");
        assertThat(coordinator.select("#document-steps a").eachAttr("href"))
                .contains(url + "/circulate", url + "/consultation", url + "/approve", url + "/withdraw")
                .doesNotContain(url + "/in-force", url + "/publish");

        Document contributor = page(url, "krowan");
        assertThat(contributor.select("a.govuk-button[href=" + url + "/draft]")).hasSize(1);
        assertThat(contributor.select("a[href=" + url + "/edit]")).isEmpty();
        assertThat(contributor.select("#document-steps a").eachAttr("href")).doesNotContain(url + "/approve");
    }

    @Test
    void theGovernanceProtocolShowsWhereItSitsItsApprovalByCabinetAndNoDraftsToReaders() throws Exception {
        String url = governanceProtocol();
        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .okFor(users.as("panel.member"), users.as("cambs.analyst"), users.as("ene.homes"),
                        users.as("central.sergeant"));
        Document page = page(url, "cambs.analyst");
        var hierarchy = page.select("#document-hierarchy + dl .govuk-summary-list__row");
        assertThat(hierarchy.eachText()).anySatisfy(row -> assertThat(row)
                .startsWith("Derives from " + DocumentPagesTestData.MEMORANDUM));
        assertThat(hierarchy.eachText()).as("the service agreement under it is still a draft")
                .noneSatisfy(row -> assertThat(row).startsWith("Governs"));
        assertThat(page.select("#document-details").text()).contains("In force", "Overdue",
                "In force from 19 February 2004", "Yes, on the public pages");
        assertThat(page.select("table:has(caption:containsOwn(Approvals)) tbody tr").text())
                .contains("Version 2.0", "Cabinet", "19 February 2004", "At its meeting");
        assertThat(page.select("table:has(caption:containsOwn(Versions)) tbody tr").eachText())
                .allSatisfy(row -> assertThat(row).startsWith("Version"));
        assertThat(page.select(".govuk-warning-text")).isEmpty();
        assertThat(page.select("a.govuk-button")).isEmpty();
        assertThat(page.select("table:has(caption:containsOwn(Document control)) tbody tr").eachText())
                .contains("Approved by Cabinet 19 February 2004");

        Document party = page(url, "central.sergeant");
        assertThat(party.select("#document-hierarchy + dl .govuk-summary-list__row").eachText())
                .contains("Governs " + DocumentPagesTestData.DOG_AGREEMENT
                        + " (service agreement, sits under this)");
        assertThat(party.select("table:has(caption:containsOwn(Versions)) tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).startsWith("Draft"));
    }

    @Test
    void oneVersionIsShownWithItsOwnControlBlockAndLinksToTheVersionsEitherSide() throws Exception {
        String url = governanceProtocol();
        List<DocumentVersion> versions = data.documents().view(users.actor("ewilson"),
                data.demo(DocumentPagesTestData.GOVERNANCE_PROTOCOL, "ewilson")).versions();
        DocumentVersion draft = versions.get(versions.size() - 2);
        DocumentVersion approved = versions.getLast();
        assertThat(approved.approved()).isTrue();
        assertThat(draft.approved()).isFalse();

        AccessMatrix.forPage(mvc, url + "/versions/" + draft.number())
                .anonymousRedirectsToSignIn()
                .notFoundFor(users.as("cambs.analyst"), users.as("panel.member"))
                .okFor(users.as("central.sergeant"), users.as("ewilson"));
        AccessMatrix.forPage(mvc, url + "/versions/" + approved.number())
                .okFor(users.as("cambs.analyst"), users.as("panel.member"));
        AccessMatrix.forPage(mvc, url + "/versions/9.9").notFoundFor(users.as("ewilson"));

        Document draftPage = page(url + "/versions/" + draft.number(), "central.sergeant");
        assertThat(draftPage.select(".govuk-caption-l").text()).isEqualTo(draft.label());
        assertThat(draftPage.select(".govuk-warning-text").text()).contains("Draft: " + draft.shortLabel());
        assertThat(draftPage.select("table:has(caption:containsOwn(Document control)) tbody tr").first().text())
                .startsWith(draft.label());
        assertThat(draftPage.select("a[rel=next]").attr("href")).isEqualTo(url + "/versions/" + approved.number());

        Document approvedPage = page(url + "/versions/" + approved.number(), "cambs.analyst");
        assertThat(approvedPage.select(".govuk-warning-text")).isEmpty();
        assertThat(approvedPage.select("a[rel=prev]")).as("readers do not see the drafts before it").isEmpty();
        assertThat(approvedPage.select("table:has(caption:containsOwn(Document control)) tbody tr").first().text())
                .isEqualTo("Version 2.0 19 February 2004");
    }

    @Test
    void theLeedsDraftVersionPageCarriesSeed001sControlBlockAfterTheText() throws Exception {
        String url = leeds() + "/versions/1.0";
        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .notFoundFor(users.as("ene.homes"), users.as("harpenden.clerk"))
                .okFor(users.as("mstenton"), users.as("krowan"));
        String html = get200(url, "krowan").getResponse().getContentAsString();
        assertThat(html.indexOf("Draft to Safer Leeds Executive")).isGreaterThan(html.indexOf("6.0 GOVERNANCE"));
        assertThat(Jsoup.parse(html).select(".govuk-warning-text").text()).contains("Draft");
    }

    @Test
    void anApprovalLinksToItsMeetingOnlyForReadersWhoMayOpenThatMeeting() throws Exception {
        for (String url : List.of(governanceProtocol(), "/documents/" + data.demo(DocumentPagesTestData.MEMORANDUM,
                "ewilson"))) {
            for (String outsider : List.of("herts.police", "harpenden.clerk")) {
                Document page = page(url, outsider);
                var approvals = page.select("table:has(caption:containsOwn(Approvals)) tbody tr");
                assertThat(approvals.text()).as(url + " as " + outsider)
                        .doesNotContain("At its meeting");
                assertThat(page.select("a[href^=/meetings/]")).as(url + " as " + outsider).isEmpty();
                everyLinkOpens(page, outsider);
            }
        }
        Document page = page(governanceProtocol(), "ewilson");
        var meetingLinks = page.select("table:has(caption:containsOwn(Approvals)) a[href^=/meetings/]");
        assertThat(meetingLinks.eachText()).containsExactly("At its meeting");
        everyLinkOpens(page, "ewilson");
    }

    /**
     * Opens every link of the page that leads into SaferHub, as the reader, following redirects (such as the API
     * documentation's): none may be refused or missing.
     */
    private void everyLinkOpens(Document page, String user) throws Exception {
        List<String> hrefs = page.select("a[href]").eachAttr("href").stream()
                .filter(href -> href.startsWith("/")).map(href -> href.replaceAll("#.*$", "")).distinct().toList();
        assertThat(hrefs).isNotEmpty();
        for (String href : hrefs) {
            var response = mvc.perform(get(href).with(users.as(user))).andReturn().getResponse();
            for (int hop = 0; hop < 3 && response.getRedirectedUrl() != null; hop++) {
                String next = response.getRedirectedUrl();
                assertThat(next).as(href + " as " + user).doesNotContain("/sign-in", "/login");
                response = mvc.perform(get(next).with(users.as(user))).andReturn().getResponse();
            }
            assertThat(response.getStatus()).as(href + " as " + user).isEqualTo(200);
        }
    }
}
