package uk.saferhub.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class BodyPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Partnership partnership;

    BodyId body(String name) {
        return partnership.bodies().stream().filter(body -> body.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void theListOfBodiesIsForReadersOfThePartnershipAndFiltersByTier() throws Exception {
        AccessMatrix.forPage(mvc, "/partnership/bodies")
                .anonymousRedirectsToSignIn()
                .okFor(users.as("panel.member"))
                .okFor(users.as("cambs.analyst"), users.as("ewilson"), users.as("leeds.admin"));
        String county = AccessMatrix.forPage(mvc, "/partnership/bodies?tier=COUNTY").as(users.as("cambs.analyst"))
                .getResponse().getContentAsString();
        assertThat(county).contains("Community Safety Board", "Road Safety theme group")
                .doesNotContain("Fenland Community Safety Partnership", "Safer Leeds Executive");
    }

    @Test
    void aBodysPageShowsItsRelationsGovernanceAndMembersOnlyToItsPartnership() throws Exception {
        String url = "/partnership/bodies/" + body("Governance Group");
        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .okFor(users.as("panel.member"))
                .notFoundFor(users.as("leeds.admin"), users.as("mstenton"))
                .okFor(users.as("cambs.analyst"), users.as("ewilson"));
        String page = AccessMatrix.forPage(mvc, url).as(users.as("cambs.analyst")).getResponse()
                .getContentAsString();
        assertThat(page).contains("Police and Crime Partnership Working Group", "Mike Davey", "Chair",
                "Review overdue");
        AccessMatrix.forPage(mvc, "/partnership/bodies/" + java.util.UUID.randomUUID())
                .notFoundFor(users.as("cambs.analyst"));
    }
}
