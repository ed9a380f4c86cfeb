package uk.saferhub.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.shared.access.Role;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class DirectoryApiWriteTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    DemoUsers users;

    DirectoryTestData data;

    @BeforeEach
    void setUp() {
        data = new DirectoryTestData(jdbc, directory, users);
    }

    @Test
    void onlyACoordinatorsKeyMayAddAnOrganisation() {
        String name = DirectoryTestData.unique("Godmanchester Town Council");
        AccessMatrix.forApi(mvc, () -> add(json(name, "TOWN_COUNCIL", null)))
                .anonymousUnauthorised()
                .forbiddenFor(keys.of("admin", Role.READER), keys.of("admin", Role.CONTRIBUTOR));
        assertThat(data.organisationsNamed(name)).isZero();
    }

    @Test
    void aCoordinatorsKeyAddsAnOrganisationUnderAPartnerAndTheAdditionIsAudited() throws Exception {
        String name = DirectoryTestData.unique("Godmanchester Town Council");
        UUID huntingdonshire = data.organisationId("Huntingdonshire District Council");
        String location = mvc.perform(add(json(name, "TOWN_COUNCIL", huntingdonshire))
                        .with(keys.of("admin", Role.COORDINATOR)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.parentId").value(huntingdonshire.toString()))
                .andReturn().getResponse().getHeader("Location");
        UUID created = data.organisationId(name);
        assertThat(location).isEqualTo("/api/v1/organisations/" + created);
        assertThat(data.auditEvents("CREATE", "organisation", created)).isOne();
    }

    @Test
    void aParentOutsideTheKeysPartnershipAnswersNotFoundAndNothingIsAdded() throws Exception {
        String name = DirectoryTestData.unique("Smuggled parish");
        UUID harpenden = data.organisationId("Harpenden Town Council");
        mvc.perform(add(json(name, "PARISH_COUNCIL", harpenden)).with(keys.of("leeds.admin", Role.COORDINATOR)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(data.organisationsNamed(name)).isZero();
    }

    @Test
    void malformedJsonIsAProblemDetailAndChangesNothing() throws Exception {
        long before = data.organisations();
        mvc.perform(add("{\"name\": \"Half a request\", \"type\": ").with(keys.of("admin", Role.COORDINATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").exists());
        assertThat(data.organisations()).isEqualTo(before);
    }

    @Test
    void aMissingNameAnUnknownTypeOrAControlCharacterAreProblemDetailsNamingTheField() throws Exception {
        long before = data.organisations();
        mvc.perform(add(json("", "TOWN_COUNCIL", null)).with(keys.of("admin", Role.COORDINATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value("Enter the organisation's name"));
        mvc.perform(add(json(DirectoryTestData.unique("Bell\\u0007 parish"), "TOWN_COUNCIL", null))
                        .with(keys.of("admin", Role.COORDINATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.name").value(org.hamcrest.Matchers.containsString(
                        "contains a control character")));
        mvc.perform(add(json(DirectoryTestData.unique("Spaceport"), "SPACESHIP", null))
                        .with(keys.of("admin", Role.COORDINATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(data.organisations()).isEqualTo(before);
    }

    @Test
    void aNameWithMarkupIsStoredAsTypedAndGivenBackAsJsonTextAndEscapedOnThePage() throws Exception {
        String name = DirectoryTestData.unique("<script>alert(1)</script> parish <5 & \"Co\"");
        String location = mvc.perform(add(json(name, "TOWN_COUNCIL", null)).with(keys.of("admin", Role.COORDINATOR)))
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.name").value(name))
                .andReturn().getResponse().getHeader("Location");
        UUID created = data.organisationId(name);
        assertThat(directory.organisationRecord(created).orElseThrow().name()).isEqualTo(name);
        mvc.perform(get(location).with(keys.of("admin", Role.READER)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.name").value(name));
        String html = mvc.perform(get("/directory/organisations/" + created).with(users.as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(html).select("h1").text()).isEqualTo(name);
        assertThat(org.jsoup.Jsoup.parse(html).select("script:containsData(alert)")).isEmpty();
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aDuplicateNameIsRefusedWithAProblemDetail() throws Exception {
        mvc.perform(add(json("Huntingdonshire District Council", "DISTRICT_COUNCIL", null))
                        .with(keys.of("admin", Role.COORDINATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")));
        assertThat(data.organisationsNamed("Huntingdonshire District Council")).isOne();
    }

    private static MockHttpServletRequestBuilder add(String body) {
        return post("/api/v1/organisations").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String json(String name, String type, UUID parentId) {
        return "{\"name\": \"" + name.replace("\"", "\\\"") + "\", \"type\": \"" + type + "\""
                + (parentId == null ? "" : ", \"parentId\": \"" + parentId + "\"") + "}";
    }
}
