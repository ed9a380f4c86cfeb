package uk.saferhub.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class OrganisationFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    DirectoryTestData data;

    @BeforeEach
    void setUp() {
        data = new DirectoryTestData(jdbc, directory, users);
    }

    @Test
    void anAnonymousVisitorIsSentToSignInAndNothingIsSaved() throws Exception {
        String name = DirectoryTestData.unique("Anonymous parish");
        mvc.perform(get("/directory/organisations/new"))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(newOrganisation(name, "PARISH_COUNCIL"))
                .andExpect(redirectedUrl("/login"));
        assertThat(data.organisationsNamed(name)).isZero();
    }

    @Test
    void aReaderMayNotAddOrChangeAnOrganisation() throws Exception {
        String name = DirectoryTestData.unique("Reader's parish");
        UUID huntingdonshire = data.organisationId("Huntingdonshire District Council");
        mvc.perform(get("/directory/organisations/new").with(users.as("cambs.analyst")))
                .andExpect(status().isForbidden());
        mvc.perform(newOrganisation(name, "PARISH_COUNCIL").with(users.as("cambs.analyst")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/directory/organisations/" + huntingdonshire + "/edit").with(users.as("krowan")))
                .andExpect(status().isForbidden());
        assertThat(data.organisationsNamed(name)).isZero();
    }

    @Test
    void anAdministratorMayAddAnOrganisationAsCoordinatorsCan() throws Exception {
        mvc.perform(get("/directory/organisations/new").with(users.as("admin")))
                .andExpect(status().isOk());
    }

    @Test
    void aCoordinatorAddsAnOrganisationWhichTheirPartnershipThenSeesAndTheAuditTrailRecords() throws Exception {
        String name = DirectoryTestData.unique("Godmanchester Town Council");
        UUID huntingdonshire = data.organisationId("Huntingdonshire District Council");
        String location = mvc.perform(newOrganisation(name, "TOWN_COUNCIL")
                        .param("parentId", huntingdonshire.toString())
                        .param("website", "https://www.godmanchester.gov.uk")
                        .with(users.as("ewilson")))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        UUID created = data.organisationId(name);
        assertThat(location).isEqualTo("/directory/organisations/" + created);
        String changes = jdbc.sql("""
                        select changes from audit_event
                         where action = 'CREATE' and record_type = 'organisation' and record_id = ?""")
                .param(created.toString()).query(String.class).single();
        assertThat(changes).contains(name, "TOWN_COUNCIL", huntingdonshire.toString());
        assertThat(page("/directory/organisations/" + created, "cambs.analyst").select(".govuk-summary-list").text())
                .contains("Huntingdonshire District Council", "https://www.godmanchester.gov.uk");
        mvc.perform(get("/directory/organisations/" + created).with(users.as("mstenton")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anOrganisationWithoutANameIsRefusedWithAnErrorSummaryAndNothingIsSaved() throws Exception {
        long before = data.organisations();
        Document page = form(newOrganisation("  ", "PARISH_COUNCIL").with(users.as("ewilson")));
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary a[href='#name']").text())
                .isEqualTo("Enter the organisation's name");
        assertThat(page.select("#name-error").text()).contains("Enter the organisation's name");
        assertThat(data.organisations()).isEqualTo(before);
    }

    @Test
    void anInvalidEmailAddressOrWebsiteIsRefusedAndNothingIsSaved() throws Exception {
        String name = DirectoryTestData.unique("Bad e-mail parish");
        Document page = form(newOrganisation(name, "PARISH_COUNCIL")
                .param("email", "not an address")
                .param("website", "javascript:alert(1)")
                .with(users.as("ewilson")));
        assertThat(page.select(".govuk-error-summary a[href='#email']").text()).contains("correct format");
        assertThat(page.select(".govuk-error-summary a[href='#website']").text()).contains("https://");
        assertThat(data.organisationsNamed(name)).isZero();
    }

    @Test
    void aSecondOrganisationWithTheSameNameIsRefusedBesideTheNameAndNothingIsSaved() throws Exception {
        long before = data.organisations();
        Document page = form(newOrganisation("huntingdonshire district council", "DISTRICT_COUNCIL")
                .with(users.as("ewilson")));
        assertThat(page.select("#name-error").text()).contains("already in the directory");
        assertThat(data.organisations()).isEqualTo(before);
    }

    @Test
    void scriptInANameIsStoredAsTheTextTypedAndShownEscaped() throws Exception {
        String name = DirectoryTestData.unique("<script>alert('x')</script> parish <5 & \"Co\"");
        long before = data.organisations();
        mvc.perform(newOrganisation(name, "OTHER").with(users.as("ewilson")))
                .andExpect(status().is3xxRedirection());
        UUID created = data.organisationId(name);
        assertThat(directory.organisationRecord(created).orElseThrow().name()).isEqualTo(name);
        assertThat(data.organisations()).isEqualTo(before + 1);
        String html = mvc.perform(get("/directory/organisations/" + created).with(users.as("ewilson")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo(name);
        assertThat(page.select("script:containsData(alert)")).isEmpty();
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
        assertThat(page("/directory/organisations/" + created + "/edit", "ewilson").select("#name").val())
                .isEqualTo(name);
    }

    @Test
    void aControlCharacterInANameIsRefusedBesideTheNameAndNothingIsSaved() throws Exception {
        String name = DirectoryTestData.unique("Bell\u0007 parish");
        long before = data.organisations();
        Document page = form(newOrganisation(name, "OTHER").with(users.as("ewilson")));
        assertThat(page.select(".govuk-error-summary a[href=#name]").text())
                .isEqualTo("Name contains a control character, which cannot be stored: remove it");
        assertThat(page.select("#name-error").text()).contains("contains a control character");
        assertThat(data.organisations()).isEqualTo(before);
    }

    @Test
    void sqlInANameIsStoredAsTheTextTypedAndChangesNothingElse() throws Exception {
        String name = DirectoryTestData.unique("Robert'); drop table organisation;--");
        long before = data.organisations();
        mvc.perform(newOrganisation(name, "OTHER").with(users.as("ewilson")))
                .andExpect(status().is3xxRedirection());
        UUID created = data.organisationId(name);
        String html = mvc.perform(get("/directory/organisations/" + created).with(users.as("ewilson")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo(name);
        assertThat(data.organisations()).isEqualTo(before + 1);
    }

    @Test
    void anUnknownTypeIsRefusedBesideTheType() throws Exception {
        String name = DirectoryTestData.unique("Typeless parish");
        Document page = form(newOrganisation(name, "SPACESHIP").with(users.as("ewilson")));
        assertThat(page.select("#type-error").text()).contains("Select the type of organisation");
        assertThat(data.organisationsNamed(name)).isZero();
    }

    @Test
    void aParentFromOutsideTheCoordinatorsPartnershipAnswersNotFoundAndNothingIsSaved() throws Exception {
        String name = DirectoryTestData.unique("Smuggled parish");
        UUID harpenden = data.organisationId("Harpenden Town Council");
        mvc.perform(newOrganisation(name, "PARISH_COUNCIL").param("parentId", harpenden.toString())
                        .with(users.as("mstenton")))
                .andExpect(status().isNotFound());
        assertThat(data.organisationsNamed(name)).isZero();
    }

    @Test
    void theParentChoicesAreOnlyOrganisationsThatShareWithTheCoordinators() throws Exception {
        Document page = page("/directory/organisations/new", "mstenton");
        assertThat(page.select("#parentId option").eachText())
                .contains("West Yorkshire Police", "Leeds City Council")
                .doesNotContain("Harpenden Town Council", "Huntingdonshire District Council");
    }

    @Test
    void aCoordinatorMayNotChangeAnOrganisationOutsideTheirPartnership() throws Exception {
        UUID harpenden = data.organisationId("Harpenden Town Council");
        mvc.perform(get("/directory/organisations/" + harpenden + "/edit").with(users.as("mstenton")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/directory/organisations/" + harpenden + "/edit").with(csrf())
                        .param("name", "Hijacked Town Council").param("type", "TOWN_COUNCIL")
                        .with(users.as("mstenton")))
                .andExpect(status().isNotFound());
        assertThat(data.organisationsNamed("Harpenden Town Council")).isOne();
    }

    @Test
    void aCoordinatorChangesAnOrganisationAndTheChangeIsAudited() throws Exception {
        String name = DirectoryTestData.unique("Alconbury Parish Council");
        Organisation organisation = data.organisationAddedBy("ewilson", name, OrganisationType.PARISH_COUNCIL,
                null);
        Document form = page("/directory/organisations/" + organisation.id() + "/edit", "ewilson");
        assertThat(form.select("#name").val()).isEqualTo(name);
        mvc.perform(post("/directory/organisations/" + organisation.id() + "/edit").with(csrf())
                        .param("name", name).param("type", "PARISH_COUNCIL").param("phone", "01480 000000")
                        .with(users.as("ewilson")))
                .andExpect(redirectedUrl("/directory/organisations/" + organisation.id()));
        assertThat(directory.organisationRecord(organisation.id()).orElseThrow().phone()).isEqualTo("01480 000000");
        assertThat(data.auditEvents("UPDATE", "organisation", organisation.id())).isOne();
    }

    @Test
    void anOrganisationCannotBeMovedUnderOneOfItsOwnSubOrganisations() throws Exception {
        UUID leeds = data.organisationId("Leeds City Council");
        UUID saferLeeds = data.organisationId("Safer Leeds");
        Document page = form(post("/directory/organisations/" + leeds + "/edit").with(csrf())
                .param("name", "Leeds City Council").param("type", "CITY_COUNCIL")
                .param("parentId", saferLeeds.toString())
                .with(users.as("leeds.admin")));
        assertThat(page.select("#parentId-error").text()).contains("cannot sit under");
        assertThat(directory.organisationRecord(leeds).orElseThrow().parentId()).isNull();
    }

    private static MockHttpServletRequestBuilder newOrganisation(String name, String type) {
        return post("/directory/organisations/new").with(csrf()).param("name", name).param("type", type);
    }

    private Document form(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private Document page(String path, String username) throws Exception {
        return form(get(URI.create(path)).with(users.as(username)));
    }
}
