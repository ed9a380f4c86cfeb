package uk.saferhub.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.shared.access.Role;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class BodyApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Partnership partnership;

    @Test
    void theBodiesListIsAPageOfTheBodiesTheKeyMaySee() throws Exception {
        AccessMatrix.forApi(mvc, "/api/v1/bodies?size=100")
                .anonymousUnauthorised()
                .okFor(apiKeys.of("admin", Role.PANEL_MEMBER))
                .okFor(apiKeys.of("admin", Role.READER), apiKeys.of("leeds.admin", Role.READER));
        String json = AccessMatrix.forApi(mvc, "/api/v1/bodies?size=100").as(apiKeys.of("admin", Role.READER))
                .getResponse().getContentAsString();
        assertThat(json).contains("\"items\"", "\"page\":1", "Community Safety Board")
                .doesNotContain("Safer Leeds Executive");
        var badPage = AccessMatrix.forApi(mvc, "/api/v1/bodies?size=1000").as(apiKeys.of("admin", Role.READER));
        assertThat(badPage.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void oneBodyComesWithItsRelationsGovernanceAndMemberships() throws Exception {
        BodyId group = partnership.bodies().stream().filter(b -> b.name().equals("Governance Group")).findFirst()
                .orElseThrow().id();
        String url = "/api/v1/bodies/" + group;
        AccessMatrix.forApi(mvc, url)
                .anonymousUnauthorised()
                .okFor(apiKeys.of("admin", Role.PANEL_MEMBER))
                .notFoundFor(apiKeys.of("leeds.admin", Role.READER))
                .okFor(apiKeys.of("admin", Role.READER));
        String json = AccessMatrix.forApi(mvc, url).as(apiKeys.of("admin", Role.READER)).getResponse()
                .getContentAsString();
        assertThat(json).contains("\"relations\"", "REPORTS_TO", "\"memberships\"", "CHAIR", "\"governance\"");
        // a malformed id is refused naming the parameter, as everywhere in the API
        mvc.perform(get("/api/v1/bodies/not-an-id").with(apiKeys.of("admin", Role.READER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The value of id is not valid: use an id (a UUID)."));
    }
}
