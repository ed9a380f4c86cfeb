package uk.saferhub.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.workforce.internal.AttachmentRole;
import uk.saferhub.workforce.internal.Workforce;
import uk.saferhub.workforce.internal.WorkforceEditor;

@SaferHubTest
class WorkforceSchemePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Workforce workforce;

    @Autowired
    WorkforceEditor editor;

    @Autowired
    Directory directory;

    @Autowired
    PlaceStore places;

    @Autowired
    JdbcClient jdbc;

    WorkforceTestData data;

    @BeforeEach
    void setUp() {
        data = new WorkforceTestData(editor, directory, places, jdbc);
    }

    MockHttpServletRequestBuilder newScheme(String name, String percent, String amount, String posts,
            String toYear) {
        return post("/workforce/schemes/new").with(csrf()).param("name", name)
                .param("funderId", data.organisation("Hertfordshire County Council").toString())
                .param("sharePercent", percent).param("shareAmount", amount).param("posts", posts)
                .param("costPerPost", "32,000").param("periodFrom.day", "1").param("periodFrom.month", "4")
                .param("periodFrom.year", "2024").param("periodTo.day", toYear == null ? "" : "31")
                .param("periodTo.month", toYear == null ? "" : "3").param("periodTo.year", toYear == null ? "" : toYear)
                .param("conditions", "Wards not covered by any other PCSO scheme")
                .param("handlingLevel", "PARTNERSHIP");
    }

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void theSchemesListShowsTheSchemesOfPartnersOnly() throws Exception {
        var scheme = data.scheme("Hertfordshire County Council", "100", 12, "32000");
        AccessMatrix.forPage(mvc, "/workforce/schemes")
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("panel.member"))
                .okFor(users.as("harpenden.clerk"), users.as("mstenton"));
        assertThat(page(AccessMatrix.forPage(mvc, "/workforce/schemes").as(users.as("harpenden.clerk"))).text())
                .contains(scheme.name(), "100% of each post", "£384,000");
        assertThat(page(AccessMatrix.forPage(mvc, "/workforce/schemes").as(users.as("mstenton"))).text())
                .doesNotContain(scheme.name());
    }

    @Test
    void aHertfordshireSchemeIsSeenByItsPartnersAndIsAbsentFromLeeds() throws Exception {
        var scheme = data.scheme("Hertfordshire County Council", "100", 12, "32000");
        var pcso = data.pcso("Hertfordshire Constabulary", null, scheme);
        var ward = data.wards("Three Rivers test", 1).getFirst();
        data.attach(pcso, ward, AttachmentRole.DESIGNATED, WorkforceTestData.APRIL_2024, null);
        AccessMatrix.forPage(mvc, "/workforce/schemes/" + scheme.id())
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("panel.member"))
                .notFoundFor(users.as("mstenton"), users.as("leeds.admin"))
                .okFor(users.as("herts.police"), users.as("harpenden.clerk"), users.as("herts.coordinator"));
        Document shown = page(AccessMatrix.forPage(mvc, "/workforce/schemes/" + scheme.id())
                .as(users.as("harpenden.clerk")));
        assertThat(shown.select("h1").text()).isEqualTo(scheme.name());
        assertThat(shown.text()).contains("Wards not covered by any other PCSO scheme", pcso.name(), ward.name(),
                "£384,000");
        assertThat(shown.select("a[href$=/edit]")).isEmpty();
        AccessMatrix.forPage(mvc, "/workforce/schemes/not-a-scheme").notFoundFor(users.as("harpenden.clerk"));
    }

    @Test
    void aFundersViewShowsItsPostsShareCostAndPcsos() throws Exception {
        var funder = data.organisation("Hertfordshire County Council");
        var scheme = data.scheme("Hertfordshire County Council", "50", 10, "30000");
        var pcso = data.pcso("Hertfordshire Constabulary", null, scheme);
        AccessMatrix.forPage(mvc, "/workforce/funders/" + funder)
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("panel.member"))
                .notFoundFor(users.as("mstenton"), users.as("ewilson"))
                .okFor(users.as("harpenden.clerk"), users.as("herts.coordinator"));
        Document shown = page(AccessMatrix.forPage(mvc, "/workforce/funders/" + funder)
                .as(users.as("herts.police")));
        assertThat(shown.select("h1").text()).isEqualTo("What Hertfordshire County Council funds");
        assertThat(shown.text()).contains(scheme.name(), "50% of each post", "the equivalent of 5 full posts",
                "£150,000", pcso.name());
    }

    @Test
    void aCoordinatorAddsASchemeFromTheFormAndItIsAudited() throws Exception {
        AccessMatrix.forPage(mvc, "/workforce/schemes/new")
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("herts.police"), users.as("panel.member"))
                .okFor(users.as("herts.coordinator"), users.as("ewilson"));
        String name = WorkforceTestData.unique("HCC funded PCSOs");
        AccessMatrix.forPage(mvc, () -> newScheme(name, "100", "", "12", null))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("herts.police"), users.as("harpenden.clerk"));
        assertThat(data.count("workforce_scheme", "name", name)).isZero();
        MvcResult result = AccessMatrix.forPage(mvc, () -> newScheme(name, "100", "", "12", null))
                .as(users.as("herts.coordinator"));
        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/workforce/schemes/");
        var saved = workforce.allSchemes().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        assertThat(saved.costPerPost()).isEqualByComparingTo("32000");
        assertThat(saved.conditions()).isEqualTo("Wards not covered by any other PCSO scheme");
        assertThat(data.audited("CREATE", "workforce-scheme", saved.id())).isEqualTo(1);
    }

    @Test
    void aCoordinatorOfLeedsCannotAddASchemeFundedByHertfordshire() throws Exception {
        String name = WorkforceTestData.unique("Not theirs");
        Document shown = page(AccessMatrix.forPage(mvc, () -> newScheme(name, "30", "", "12", null))
                .as(users.as("mstenton")));
        assertThat(shown.select(".govuk-error-summary a[href=#funderId]").text()).contains("your partnership");
        assertThat(data.count("workforce_scheme", "name", name)).isZero();
    }

    @Test
    void eachBadShareOrPeriodIsShownAtItsFieldAndNothingIsSaved() throws Exception {
        String name = WorkforceTestData.unique("Bad scheme");
        assertRefusedAt(newScheme(name, "120", "", "12", null), "sharePercent", "no more than 100%");
        assertRefusedAt(newScheme(name, "", "", "12", null), "sharePercent", "percentage");
        assertRefusedAt(newScheme(name, "30", "", "-3", null), "posts", "cannot be negative");
        assertRefusedAt(newScheme(name, "30", "", "12", "2023"), "periodTo.day", "on or after");
        assertRefusedAt(newScheme(name, "", "40000", "12", null), "shareAmount", "more than the cost of a post");
        assertRefusedAt(newScheme(name, "lots", "", "12", null), "sharePercent", "as a number");
        assertThat(data.count("workforce_scheme", "name", name)).isZero();
    }

    @Test
    void onlyCoordinatorsOfTheFundersPartnershipChangeAScheme() throws Exception {
        var scheme = data.scheme("Hertfordshire County Council", "100", 12, null);
        AccessMatrix.forPage(mvc, "/workforce/schemes/" + scheme.id() + "/edit")
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("herts.police"))
                .notFoundFor(users.as("mstenton"), users.as("ewilson"))
                .okFor(users.as("herts.coordinator"));
        MvcResult result = AccessMatrix.forPage(mvc, () -> post("/workforce/schemes/" + scheme.id() + "/edit")
                .with(csrf()).param("name", scheme.name()).param("funderId", scheme.funderId().toString())
                .param("sharePercent", "75").param("posts", "16").param("periodFrom.day", "1")
                .param("periodFrom.month", "4").param("periodFrom.year", "2024").param("handlingLevel", "PARTNERSHIP"))
                .as(users.as("herts.coordinator"));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/workforce/schemes/" + scheme.id());
        var revised = workforce.scheme(scheme.id()).orElseThrow();
        assertThat(revised.sharePercent()).isEqualByComparingTo(new BigDecimal("75"));
        assertThat(revised.posts()).isEqualTo(16);
        assertThat(data.audited("UPDATE", "workforce-scheme", scheme.id())).isEqualTo(1);
        AccessMatrix.forPage(mvc, () -> post("/workforce/schemes/" + scheme.id() + "/edit").with(csrf())
                .param("name", "Taken over").param("funderId", scheme.funderId().toString())
                .param("sharePercent", "1").param("posts", "1").param("periodFrom.day", "1")
                .param("periodFrom.month", "4").param("periodFrom.year", "2024").param("handlingLevel", "PARTNERSHIP"))
                .notFoundFor(users.as("mstenton"));
        assertThat(workforce.scheme(scheme.id()).orElseThrow().name()).isEqualTo(scheme.name());
    }

    private void assertRefusedAt(MockHttpServletRequestBuilder request, String field, String message)
            throws Exception {
        MvcResult result = mvc.perform(request.with(users.as("herts.coordinator"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document shown = page(result);
        assertThat(shown.title()).startsWith("Error:");
        assertThat(shown.select(".govuk-error-summary a[href=\"#" + field + "\"]").text()).contains(message);
        assertThat(shown.select("[id=\"" + field + "\"]")).isNotEmpty();
    }

    static UUID id(String location) {
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
