package uk.saferhub.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.directory.Directory;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/** A body's handling level decides who sees it, in lists and on its page, by the one access policy. */
@SaferHubTest
class BodyHandlingLevelTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Partnership partnership;

    @Autowired
    PartnershipEditor editor;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    PartnershipTestData data;

    @BeforeEach
    void setUp() {
        data = new PartnershipTestData(partnership, editor, directory, jdbc);
    }

    @Test
    void anAgencyBodyIsSeenOnlyByItsOwnOrganisationAndTheViewIsAudited() throws Exception {
        Body body = editor.createBody(null, new BodyDetails(PartnershipTestData.unique("Council-only group"),
                BodyType.OTHER, Tier.DISTRICT, "Huntingdonshire", false, null, null,
                data.organisation("Huntingdonshire District Council"), HandlingLevel.AGENCY, List.of()));
        AccessMatrix.forPage(mvc, "/partnership/bodies/" + body.id())
                .notFoundFor(users.as("cambs.analyst"), users.as("leeds.admin"))
                .okFor(users.as("ewilson"));
        assertThat(data.audited("VIEW", "body", body.id())).isPositive();
        assertThat(partnership.bodies(users.actor("cambs.analyst"))).extracting(Body::name)
                .doesNotContain(body.name()).contains("Community Safety Board");
        assertThat(partnership.bodies(users.actor("ewilson"))).extracting(Body::name).contains(body.name());
        String chart = AccessMatrix.forPage(mvc, "/partnership/structure").as(users.as("cambs.analyst"))
                .getResponse().getContentAsString();
        assertThat(chart).doesNotContain(body.name());
    }

    @Test
    void theBodiesListFiltersByType() throws Exception {
        String page = AccessMatrix.forPage(mvc, "/partnership/bodies?type=COMMUNITY_SAFETY_PARTNERSHIP")
                .as(users.as("ewilson")).getResponse().getContentAsString();
        assertThat(page).contains("Fenland Community Safety Partnership", "Safer Peterborough Partnership")
                .doesNotContain("Road Safety theme group");
    }
}
