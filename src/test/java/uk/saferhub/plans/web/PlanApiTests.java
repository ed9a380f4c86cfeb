package uk.saferhub.plans.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.identity.Identity;
import uk.saferhub.plans.Plan;
import uk.saferhub.plans.Plans;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The Plans in the API: reads for every key (drafts only to the Commissioner's office and the force), a draft and a
 * step written by a coordinator key of the Commissioner's office, the wrong role refused (403), another organisation
 * finding nothing (404), and a step out of order answered as problem details that change nothing.
 */
@SaferHubTest
class PlanApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers users;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    Identity identity;
    @Autowired
    Plans plans;
    @Autowired
    JsonMapper json;

    private RequestPostProcessor office;
    private RequestPostProcessor officeReader;
    private RequestPostProcessor stranger;
    private Plan plan;

    @BeforeEach
    void keys() {
        UUID opcc = users.actor("dgregson").organisationId();
        office = ApiKeys.bearer(identity.issueApiKey(users.actor("admin"), "OPCC key " + UUID.randomUUID(), opcc,
                Set.of(Role.COORDINATOR)).plainKey());
        officeReader = ApiKeys.bearer(identity.issueApiKey(users.actor("admin"), "OPCC reader " + UUID.randomUUID(),
                opcc, Set.of(Role.READER)).plainKey());
        stranger = apiKeys.of("leeds.admin", Role.COORDINATOR);
        plan = plans.plans(null).stream().filter(p -> p.title().equals("Cambridgeshire Police and Crime Plan"))
                .findFirst().orElseThrow();
    }

    @Test
    void aDraftWrittenAndTakenThroughAStepOverTheApi() throws Exception {
        AccessMatrix.forApi(mvc, "/api/v1/plans").anonymousUnauthorised().okFor(stranger, office);
        AccessMatrix.forApi(mvc, "/api/v1/plans/" + plan.id()).anonymousUnauthorised().okFor(stranger, office);
        String body = """
                {"title": "API draft %s", "reason": "Operational developments",
                 "objectives": [{"number": 1, "title": "Maintain local police performance",
                   "sections": [{"heading": "Visible policing", "text": "Officers out and about."}]}]}"""
                .formatted(UUID.randomUUID());
        String url = "/api/v1/plans/" + plan.id() + "/variations";
        // A refusal names the objective it is about by its place in the body's list.
        MvcResult untitled = send(post(url), office, """
                {"title": "API draft", "reason": "Operational developments",
                 "objectives": [{"number": 1, "title": "Maintain local police performance",
                   "sections": [{"heading": "Visible policing", "text": "Officers out and about."}]},
                  {"number": 5, "title": "",
                   "sections": [{"heading": "Farm watch", "text": "PCSOs visit farms."}]}]}""");
        assertThat(untitled.getResponse().getStatus()).isEqualTo(400);
        assertThat(json.readTree(untitled.getResponse().getContentAsString()).get("field").asString())
                .isEqualTo("objectives[1].title");
        assertThat(send(post(url), officeReader, body).getResponse().getStatus()).isEqualTo(403);
        assertThat(send(post(url), stranger, body).getResponse().getStatus()).isEqualTo(403);
        MvcResult made = send(post(url), office, body);
        assertThat(made.getResponse().getStatus()).isEqualTo(201);
        JsonNode draft = json.readTree(made.getResponse().getContentAsString());
        String id = draft.get("id").asString();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        AccessMatrix.forApi(mvc, "/api/v1/variations/" + id).anonymousUnauthorised()
                .okFor(office, officeReader).notFoundFor(stranger, apiKeys.of("admin", Role.READER));

        MvcResult outOfOrder = send(post("/api/v1/variations/" + id + "/steps/send"), office,
                "{\"version\": 0, \"on\": \"2014-10-28\"}");
        assertThat(outOfOrder.getResponse().getStatus()).isEqualTo(400);
        assertThat(outOfOrder.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(outOfOrder.getResponse().getContentAsString()).contains("Consult the Chief Constable");
        MvcResult badDate = send(post("/api/v1/variations/" + id + "/steps/consult"), office,
                "{\"version\": 0, \"on\": \"2014-13-40\", \"response\": \"Agreed\"}");
        assertThat(badDate.getResponse().getStatus()).isEqualTo(400);
        MvcResult consulted = send(post("/api/v1/variations/" + id + "/steps/consult"), office,
                "{\"version\": 0, \"on\": \"2014-10-02\", \"response\": \"Agreed\"}");
        assertThat(consulted.getResponse().getStatus()).isEqualTo(200);
        JsonNode after = json.readTree(consulted.getResponse().getContentAsString());
        assertThat(after.get("status").asString()).isEqualTo("CONSULTED");
        assertThat(after.at("/steps/consulted/on").asString()).isEqualTo("2014-10-02");
        assertThat(send(post("/api/v1/variations/" + id + "/steps/send"), officeReader,
                "{\"version\": 1, \"on\": \"2014-10-28\"}").getResponse().getStatus()).isEqualTo(403);
        assertThat(send(post("/api/v1/variations/" + id + "/steps/send"), stranger,
                "{\"version\": 1, \"on\": \"2014-10-28\"}").getResponse().getStatus()).isEqualTo(404);
    }

    private MvcResult send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            RequestPostProcessor key, String body) throws Exception {
        return mvc.perform(request.with(key).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }
}
