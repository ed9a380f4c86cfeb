package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/** What operators and API clients rely on: a public health check, metrics for administrators, the OpenAPI document. */
@SaferHubTest
class OperationsEndpointsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Test
    void theHealthCheckIsPublicAndSaysUp() throws Exception {
        var response = mvc.perform(get("/actuator/health")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"status\":\"UP\"").doesNotContain("components");
    }

    @Test
    void prometheusMetricsAreForAdministratorsOnly() throws Exception {
        AccessMatrix.forPage(mvc, "/actuator/prometheus")
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("ewilson"), users.as("cambs.analyst"))
                .okFor(users.as("admin"));

        String metrics = AccessMatrix.forPage(mvc, "/actuator/prometheus").as(users.as("admin"))
                .getResponse().getContentAsString();
        assertThat(metrics).contains("jvm_memory_used_bytes", "http_server_requests");
    }

    @Test
    void theOpenApiDocumentIsPublishedAsJson() throws Exception {
        var response = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString()).contains("\"openapi\":\"3.", "\"title\":\"SaferHub API\"",
                "\"scheme\":\"bearer\"");
    }
}
