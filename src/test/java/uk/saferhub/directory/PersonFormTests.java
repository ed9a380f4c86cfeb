package uk.saferhub.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class PersonFormTests {

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
        String name = DirectoryTestData.unique("Anonymous officer");
        mvc.perform(get("/directory/people/new")).andExpect(redirectedUrl("/login"));
        mvc.perform(newPerson(name, "Safer Leeds")).andExpect(redirectedUrl("/login"));
        assertThat(data.peopleNamed(name)).isZero();
    }

    @Test
    void aContributorOrReaderMayNotAddOrChangeAPerson() throws Exception {
        String name = DirectoryTestData.unique("Contributor's officer");
        UUID stenton = data.personId("Martyn Stenton");
        mvc.perform(newPerson(name, "Safer Leeds").with(users.as("krowan"))).andExpect(status().isForbidden());
        mvc.perform(newPerson(name, "Cambridgeshire Constabulary").with(users.as("cambs.analyst")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/directory/people/" + stenton + "/edit").with(users.as("krowan")))
                .andExpect(status().isForbidden());
        assertThat(data.peopleNamed(name)).isZero();
    }

    @Test
    void aCoordinatorAddsAPersonWithContactRolesAndTheAuditTrailRecordsIt() throws Exception {
        String name = DirectoryTestData.unique("Inner East Area Community Safety Coordinator");
        String location = mvc.perform(newPerson(name, "Safer Leeds")
                        .param("jobTitle", "Area Community Safety Coordinator")
                        .param("email", "inner.east@example.org")
                        .param("roles[0].title", "Area Community Safety Coordinator")
                        .param("roles[0].areaServed", "Inner East")
                        .param("roles[1].title", "Tasking meeting co-chair")
                        .param("roles[1].organisationServedId", data.organisationId("Safer Leeds").toString())
                        .with(users.as("mstenton")))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        UUID created = data.personId(name);
        assertThat(location).isEqualTo("/directory/people/" + created);
        Person person = directory.person(users.actor("krowan"), created);
        assertThat(person.contactRoles()).extracting(ContactRole::title)
                .containsExactly("Area Community Safety Coordinator", "Tasking meeting co-chair");
        assertThat(person.handlingLevel()).isEqualTo(HandlingLevel.PARTNERSHIP);
        String changes = jdbc.sql("""
                        select changes from audit_event
                         where action = 'CREATE' and record_type = 'person' and record_id = ?""")
                .param(created.toString()).query(String.class).single();
        assertThat(changes).contains(name, "inner.east@example.org", "Inner East");
        assertThat(page("/directory/contacts", "ene.homes").select("h2").eachText()).contains("Inner East");
    }

    @Test
    void anInvalidEmailAddressIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
        String name = DirectoryTestData.unique("Bad address officer");
        Document page = form(newPerson(name, "Safer Leeds").param("email", "someone@nowhere")
                .with(users.as("mstenton")));
        assertThat(page.select(".govuk-error-summary a[href='#email']").text()).contains("correct format");
        assertThat(page.select("#email").val()).isEqualTo("someone@nowhere");
        assertThat(data.peopleNamed(name)).isZero();
    }

    @Test
    void anEmptyNameIsRefusedAndNothingIsSaved() throws Exception {
        long before = data.people();
        Document page = form(newPerson("", "Safer Leeds").with(users.as("mstenton")));
        assertThat(page.select("#name-error").text()).contains("Enter the person's name");
        assertThat(data.people()).isEqualTo(before);
    }

    @Test
    void aContactRoleWithAnAreaButNoTitleIsRefusedAndTheErrorLinksToTheTitle() throws Exception {
        String name = DirectoryTestData.unique("Untitled role officer");
        Document page = form(newPerson(name, "Safer Leeds").param("roles[1].areaServed", "Outer North East")
                .with(users.as("mstenton")));
        assertThat(page.select(".govuk-error-summary a[href='#roles1.title']").text())
                .isEqualTo("Enter the title of contact role 2");
        assertThat(page.select("label[for='roles1.title']")).hasSize(1);
        assertThat(page.select("[id='roles1.title']").hasClass("govuk-input--error")).isTrue();
        assertThat(page.select("[id='roles1.areaServed']").val()).isEqualTo("Outer North East");
        assertThat(data.peopleNamed(name)).isZero();
    }

    @Test
    void aPersonInAnOrganisationOutsideTheCoordinatorsPartnershipAnswersNotFoundAndIsNotSaved() throws Exception {
        String name = DirectoryTestData.unique("Smuggled clerk");
        mvc.perform(newPerson(name, "Harpenden Town Council").with(users.as("mstenton")))
                .andExpect(status().isNotFound());
        assertThat(data.peopleNamed(name)).isZero();
    }

    @Test
    void aCoordinatorCannotHideAPersonFromTheirOwnOrganisation() throws Exception {
        String name = DirectoryTestData.unique("Hidden officer");
        Document page = form(newPerson(name, "West Yorkshire Police", "AGENCY")
                .with(users.as("mstenton")));
        assertThat(page.select("#handlingLevel-error").text()).contains("Choose a handling level");
        assertThat(data.peopleNamed(name)).isZero();
    }

    @Test
    void aCoordinatorMayNotChangeAnAgencyInspectorOfAnotherOrganisation() throws Exception {
        UUID inspector = data.personId("East North East NPT Inspector");
        mvc.perform(get("/directory/people/" + inspector + "/edit").with(users.as("mstenton")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/directory/people/" + inspector + "/edit").with(csrf())
                        .param("name", "Renamed").param("organisationId", data.organisationId("Safer Leeds").toString())
                        .param("handlingLevel", "PARTNERSHIP")
                        .with(users.as("mstenton")))
                .andExpect(status().isNotFound());
        assertThat(data.peopleNamed("East North East NPT Inspector")).isOne();
    }

    @Test
    void aCoordinatorChangesAPersonAndTheChangeIsAudited() throws Exception {
        String name = DirectoryTestData.unique("Changing officer");
        UUID saferLeeds = data.organisationId("Safer Leeds");
        Person person = directory.createPerson(users.actor("mstenton"), new PersonDetails(saferLeeds, name, null,
                null, null, HandlingLevel.PARTNERSHIP, List.of(new ContactRole("Document Owner", "Leeds", null))));
        Document form = page("/directory/people/" + person.id() + "/edit", "leeds.admin");
        assertThat(form.select("[id='roles0.title']").val()).isEqualTo("Document Owner");
        assertThat(form.select("fieldset")).hasSize(3);
        mvc.perform(post("/directory/people/" + person.id() + "/edit").with(csrf())
                        .param("name", name).param("organisationId", saferLeeds.toString())
                        .param("handlingLevel", "PARTNERSHIP").param("phone", "0113 222 4444")
                        .param("roles[0].title", "Document Owner").param("roles[0].areaServed", "Leeds")
                        .with(users.as("leeds.admin")))
                .andExpect(redirectedUrl("/directory/people/" + person.id()));
        assertThat(directory.person(users.actor("mstenton"), person.id()).phone()).isEqualTo("0113 222 4444");
        assertThat(data.auditEvents("UPDATE", "person", person.id())).isOne();
    }

    @Test
    void scriptInAPersonsNameOrRoleIsStoredAsTypedAndShownEscaped() throws Exception {
        String name = DirectoryTestData.unique("<script>alert(1)</script> O'Neil & \"Jo\"");
        String title = "<img src=x onerror=alert(2)> lead";
        String area = "<script>alert(3)</script> wards <5";
        var result = mvc.perform(newPerson(name, "Safer Leeds").param("roles[0].title", title)
                .param("roles[0].areaServed", area).with(users.as("mstenton")))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(data.peopleNamed(name)).isOne();
        String location = result.getResponse().getRedirectedUrl();
        String html = mvc.perform(get(URI.create(location)).with(users.as("mstenton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo(name);
        assertThat(page.text()).contains(title, area);
        assertThat(page.select("script:containsData(alert), img[onerror]")).isEmpty();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void aControlCharacterInAPersonsNameIsRefusedAndNothingIsSaved() throws Exception {
        String name = DirectoryTestData.unique("Bell\u0007 Ringer");
        Document page = form(newPerson(name, "Safer Leeds").with(users.as("mstenton")));
        assertThat(page.select("#name-error").text()).contains("Name contains a control character");
        assertThat(data.peopleNamed(name)).isZero();
    }

    private MockHttpServletRequestBuilder newPerson(String name, String organisation) {
        return newPerson(name, organisation, "PARTNERSHIP");
    }

    private MockHttpServletRequestBuilder newPerson(String name, String organisation, String handlingLevel) {
        return post("/directory/people/new").with(csrf())
                .param("name", name)
                .param("organisationId", data.organisationId(organisation).toString())
                .param("handlingLevel", handlingLevel);
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
