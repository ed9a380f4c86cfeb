package uk.saferhub.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.MediaType.APPLICATION_JSON;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.documents.AgreementFixtures;
import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentType;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * A service agreement taken through the API end to end: described, piloted in a trial area, evaluated, then rolled
 * out; who may call each write, and the refusals as problem details with nothing changed.
 */
@SaferHubTest
class AgreementApiWriteTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    DemoUsers users;

    @Autowired
    AgreementFixtures fixtures;

    @Autowired
    JsonMapper json;

    private RequestPostProcessor coordinator() {
        return apiKeys.of("ewilson", Role.COORDINATOR);
    }

    private LocalDate today() {
        return fixtures.documents.today();
    }

    private JsonNode send(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request.contentType(APPLICATION_JSON).with(coordinator())).andReturn();
        String answer = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(answer).isEqualTo(status);
        assertThat(answer).doesNotContain("Exception", "at uk.saferhub");
        return json.readTree(answer);
    }

    @Test
    void anAgreementIsDescribedPilotedEvaluatedAndRolledOutThroughTheApi() throws Exception {
        Document agreement = fixtures.register(DocumentType.SERVICE_AGREEMENT, AgreementFixtures.unique("API pilot"));
        var area = fixtures.area("API pilot area");
        String base = "/api/v1/documents/" + agreement.id();
        String describe = """
                {"councilService": "Responsible dog ownership", "powers": "Anti-social Behaviour Act 2003",
                 "deliveringRole": "PCSO", "duties": "Speak to owners about fouling and straying dogs",
                 "referral": "Refer repeat cases to the council's dog warden",
                 "trainingRequired": "The council's April training event"}""";
        String pilot = "{\"placeId\": \"" + area.trialArea().id() + "\", \"startsOn\": \"" + today().minusMonths(3)
                + "\", \"endsOn\": \"" + today().minusDays(1) + "\", \"evaluationCriteria\": \"Problems sorted out\"}";
        AccessMatrix.forApi(mvc, () -> put(base + "/agreement").contentType(APPLICATION_JSON).content(describe))
                .anonymousUnauthorised().forbiddenFor(apiKeys.of("ewilson", Role.READER))
                .notFoundFor(apiKeys.of("mstenton", Role.COORDINATOR));
        AccessMatrix.forApi(mvc, () -> post(base + "/pilots").contentType(APPLICATION_JSON).content(pilot))
                .anonymousUnauthorised().forbiddenFor(apiKeys.of("ewilson", Role.CONTRIBUTOR))
                .notFoundFor(apiKeys.of("mstenton", Role.COORDINATOR));

        JsonNode undescribed = send(post(base + "/pilots").content(pilot), 400);
        assertThat(undescribed.get("field").asString()).isEqualTo("councilService");
        assertThat(send(put(base + "/agreement").content(describe), 200).get("councilService").asString())
                .isEqualTo("Responsible dog ownership");
        JsonNode backwards = send(post(base + "/pilots").content(pilot.replace(today().minusDays(1).toString(),
                today().minusYears(1).toString())), 400);
        assertThat(backwards.get("field").asString()).isEqualTo("endsOn");
        JsonNode piloted = send(post(base + "/pilots").content(pilot), 201);
        String pilotId = piloted.get("pilots").get(0).get("id").asString();

        String evaluation = "{\"evaluatedOn\": \"" + today() + "\", \"evaluationResult\": \"No complaints; notices"
                + " issued\", \"successful\": true}";
        JsonNode evaluated = send(post(base + "/pilots/" + pilotId + "/evaluation").content(evaluation), 200);
        assertThat(evaluated.get("pilots").get(0).get("successful").asBoolean()).isTrue();
        JsonNode twice = send(post(base + "/pilots/" + pilotId + "/evaluation").content(evaluation), 400);
        assertThat(twice.get("detail").asString()).contains("already evaluated");
        assertThat(fixtures.agreements.pilots(users.actor("ewilson"), agreement.id()).getFirst().evaluationResult())
                .isEqualTo("No complaints; notices issued");
    }
}
