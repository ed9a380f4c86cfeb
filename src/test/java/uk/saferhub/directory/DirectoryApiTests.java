package uk.saferhub.directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.identity.Identity;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The directory API. Reading needs no particular role, only a valid key, so "wrong role" has no case here: every key
 * may read what its organisation may see.
 */
@SaferHubTest
class DirectoryApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    Identity identity;

    DirectoryTestData data;

    @BeforeEach
    void setUp() {
        data = new DirectoryTestData(jdbc, directory, users);
    }

    @Test
    void aCallWithoutAKeyGetsUnauthorisedProblemDetailsNotASignInPage() throws Exception {
        UUID leeds = data.organisationId("Leeds City Council");
        for (String path : new String[] {"/api/v1/organisations", "/api/v1/organisations/" + leeds,
                "/api/v1/people"}) {
            mvc.perform(get(path))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(401));
        }
    }

    @Test
    void aSaferLeedsKeyListsTheLeedsPartnersAPageAtATime() throws Exception {
        mvc.perform(withKey(get("/api/v1/organisations?q=leeds&size=5"), "Safer Leeds"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(5)))
                .andExpect(jsonPath("$.items.length()").value(lessThanOrEqualTo(5)))
                .andExpect(jsonPath("$.items[*].name").value(hasItem("East North East Homes Leeds")));
    }

    @Test
    void theOrganisationListIsFilteredByTypeAndHidesOtherPartnerships() throws Exception {
        mvc.perform(withKey(get("/api/v1/organisations?type=TOWN_COUNCIL&size=100"), "Safer Leeds"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name").value(not(hasItem("Harpenden Town Council"))));
        mvc.perform(withKey(get("/api/v1/organisations?type=TOWN_COUNCIL&size=100"), "St Albans City and District "
                        + "Council"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].type").value(everyItem(org.hamcrest.Matchers.is("TOWN_COUNCIL"))))
                .andExpect(jsonPath("$.items[*].name").value(hasItems("Harpenden Town Council",
                        "Royston Town Council")));
    }

    @Test
    void anOrganisationIsReturnedToAPartnerAndNotFoundToAnyoneElse() throws Exception {
        UUID harpenden = data.organisationId("Harpenden Town Council");
        mvc.perform(withKey(get("/api/v1/organisations/" + harpenden), "St Albans City and District Council"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Harpenden Town Council"))
                .andExpect(jsonPath("$.type").value("TOWN_COUNCIL"))
                .andExpect(jsonPath("$.parentId").value(data.organisationId("St Albans City and District Council")
                        .toString()));
        mvc.perform(withKey(get("/api/v1/organisations/" + harpenden), "Safer Leeds"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(not(containsString("Harpenden"))));
        mvc.perform(withKey(get("/api/v1/organisations/" + UUID.randomUUID()), "Safer Leeds"))
                .andExpect(status().isNotFound());
    }

    @Test
    void badParametersAnswerBadRequestWithProblemDetails() throws Exception {
        for (String path : new String[] {"/api/v1/organisations?size=101", "/api/v1/organisations?size=0",
                "/api/v1/organisations?page=0", "/api/v1/organisations?page=abc",
                "/api/v1/organisations?type=SPACESHIP", "/api/v1/organisations/not-a-uuid",
                "/api/v1/people?organisation=not-a-uuid", "/api/v1/people?size=1000"}) {
            mvc.perform(withKey(get(path), "Safer Leeds"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400));
        }
    }

    @Test
    void theAgencyInspectorIsListedOnlyForTheirOwnTeamAndThoseWhoWorkWithHimInTheChair() throws Exception {
        UUID team = data.organisationId("East North East Leeds Neighbourhood Policing Team");
        mvc.perform(withKey(get("/api/v1/people?organisation=" + team), "East North East Homes Leeds"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        // Safer Leeds sits on the tasking group he co-chairs (ChairVisibilityTests)
        mvc.perform(withKey(get("/api/v1/people?organisation=" + team), "Safer Leeds"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name").value(hasItem("East North East NPT Inspector")));
        mvc.perform(withKey(get("/api/v1/people?organisation=" + team), "East North East Leeds Neighbourhood "
                        + "Policing Team"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name").value(hasItem("East North East NPT Inspector")))
                .andExpect(jsonPath("$.items[0].handlingLevel").value("AGENCY"))
                .andExpect(jsonPath("$.items[0].contactRoles[0].title").value("Police contact"))
                .andExpect(jsonPath("$.items[0].contactRoles[0].areaServed").value("East North East"));
    }

    @Test
    void peopleAreSearchableByNameJobTitleOrOrganisation() throws Exception {
        URI documentOwners = URI.create("/api/v1/people?q=document%20owner");
        mvc.perform(withKey(get(documentOwners), "Safer Leeds"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name").value(hasItems("Martyn Stenton", "Katie Rowan")))
                .andExpect(jsonPath("$.items[0].organisationName").value("Safer Leeds"));
        mvc.perform(withKey(get(documentOwners), "Huntingdonshire District Council"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/organisations'].get.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people'].get.tags[0]").value("Directory"))
                // the signed-in actor is resolved from the key, never a parameter a client sends
                .andExpect(jsonPath("$.paths['/api/v1/organisations'].get.parameters[*].name")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("actor"))))
                .andExpect(jsonPath("$.paths['/api/v1/organisations'].post.parameters").doesNotExist());
    }

    private MockHttpServletRequestBuilder withKey(MockHttpServletRequestBuilder request, String organisation) {
        String administrator = switch (organisation) {
            case "Safer Leeds", "East North East Leeds Neighbourhood Policing Team", "East North East Homes Leeds" ->
                    "leeds.admin";
            case "Huntingdonshire District Council" -> "admin";
            default -> "herts.coordinator";
        };
        var key = identity.issueApiKey(users.actor(administrator), "Directory API test", data.organisationId(
                organisation), Set.of(Role.READER));
        return request.header("Authorization", "Bearer " + key.plainKey());
    }
}
