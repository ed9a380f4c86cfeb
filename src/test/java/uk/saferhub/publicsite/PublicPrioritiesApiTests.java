package uk.saferhub.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.support.SaferHubTest;

/**
 * The public neighbourhood priorities as JSON, without signing in: the demonstration's PUBLIC Leeds priorities in
 * data.police.uk's shape, nothing that is not PUBLIC, and 404 problem details (no stack trace) for an unknown area.
 */
@SaferHubTest
class PublicPrioritiesApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anAreasPublicPrioritiesAreOpenDataInTheShapeOfDataPoliceUk() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/public/api/priorities/east-north-east-leeds"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String json = response.getContentAsString();
        assertThat(json).startsWith("[").contains("\"issue\":\"Graffiti in Gipton & Harehills\"")
                .contains("\"issue-date\":\"", "\"action\":\"", "\"action-date\":\"");
        // Its issue is dated by the tasking meeting it started at (15 November 2011) and its action by the last
        // meeting that reviewed it (7 February 2012, where it was closed as achieved), not by when it was typed in.
        assertThat(json).contains("\"issue\":\"Graffiti in Gipton & Harehills\",\"issue-date\":\"2011-11-15\"")
                .contains("\"action-date\":\"2012-02-07\"");
        // PARTNERSHIP priorities of the same group are absent, and so are people's names.
        assertThat(json).doesNotContain("Abandoned vehicles", "Litter in Chapel Allerton", "Supervisor",
                "Inspector");
    }

    @Test
    void anUnknownAreaIsProblemDetailsWithoutAStackTrace() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/public/api/priorities/nowhere-at-all")).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).doesNotContain("Exception", "at uk.saferhub");
    }
}
