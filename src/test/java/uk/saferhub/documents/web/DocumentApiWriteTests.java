package uk.saferhub.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.MediaType.APPLICATION_JSON;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.documents.AgreementFixtures;
import uk.saferhub.documents.CirculationPurpose;
import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentFilter;
import uk.saferhub.documents.DocumentType;
import uk.saferhub.documents.NewCirculation;
import uk.saferhub.documents.Pilot;
import uk.saferhub.documents.Recipient;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * Coordinators' changes through the API with real keys: registering, saving a draft, circulating it, recording a
 * comment and an approval, rolling a service agreement out. Without a key 401, with a reader's key 403, for a document
 * the key may not see 404; bad input and refused steps are 400 problem details naming the field, with nothing changed.
 */
@SaferHubTest
class DocumentApiWriteTests {

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

    private RequestPostProcessor reader() {
        return apiKeys.of("ewilson", Role.READER);
    }

    private RequestPostProcessor saferLeeds() {
        return apiKeys.of("mstenton", Role.COORDINATOR);
    }

    private Actor ewilson() {
        return users.actor("ewilson");
    }

    private LocalDate today() {
        return fixtures.documents.today();
    }

    @Test
    void aCoordinatorRegistersADocumentWithItsFirstDraft() throws Exception {
        String title = AgreementFixtures.unique("Registered through the API");
        String body = """
                {"type": "SERVICE_AGREEMENT", "title": "%s", "handlingLevel": "PARTNERSHIP",
                 "approvingBodyId": "%s", "parties": ["%s"], "reviewPeriodMonths": 12,
                 "content": "# 1. PURPOSE\\n\\n1.1 PCSOs deliver the service.\\n"}"""
                .formatted(title, fixtures.cabinet().value(),
                        fixtures.organisation("Cambridgeshire Constabulary Central Division"));
        AccessMatrix matrix = AccessMatrix.forApi(mvc, () -> post("/api/v1/documents").contentType(APPLICATION_JSON)
                .content(body)).anonymousUnauthorised().forbiddenFor(reader());

        MvcResult created = matrix.as(coordinator());

        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        JsonNode document = json.readTree(created.getResponse().getContentAsString());
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/documents/"
                + document.get("id").asString());
        assertThat(document.get("owner").asString()).as("the key's organisation owns it")
                .isEqualTo("Huntingdonshire District Council");
        assertThat(document.get("currentVersion").asString()).isEqualTo("Draft 1.0");
        assertThat(registered(title)).isEqualTo(1);
    }

    @Test
    void aRegistrationWithoutATitleOrWithAnUnknownTypeIsRefusedNamingTheField() throws Exception {
        String summary = AgreementFixtures.unique("Untitled through the API");

        JsonNode untitled = refused(post("/api/v1/documents").content("""
                {"type": "PROTOCOL", "summary": "%s", "content": "# 1. PURPOSE\\n"}""".formatted(summary)));
        JsonNode mistyped = refused(post("/api/v1/documents").content("""
                {"type": "LETTER", "title": "%s", "content": "# 1. PURPOSE\\n"}""".formatted(summary)));
        JsonNode broken = refused(post("/api/v1/documents").content("{\"title\": \"unfinished"));

        assertThat(untitled.get("field").asString()).isEqualTo("title");
        assertThat(untitled.get("errors").get("title").asString()).isEqualTo("Enter the document's title");
        assertThat(mistyped.get("field").asString()).isEqualTo("type");
        assertThat(mistyped.get("detail").asString()).contains("SERVICE_AGREEMENT", "POLICY_STATEMENT");
        assertThat(broken.get("detail").asString()).contains("not valid JSON");
        assertThat(registered(summary)).isZero();
    }

    @Test
    void aPartysCoordinatorSavesTheDraftAndScriptIsRefusedLeavingItAsItWas() throws Exception {
        Document draft = fixtures.register(DocumentType.PROTOCOL, AgreementFixtures.unique("Draft by API"));
        String url = "/api/v1/documents/" + draft.id() + "/draft";
        String content = "{\"content\": \"# 1. PURPOSE\\n\\n1.1 Revised through the API.\\n\", \"changeNote\": \"API\"}";
        AccessMatrix.forApi(mvc, () -> put(url).contentType(APPLICATION_JSON).content(content))
                .anonymousUnauthorised()
                .forbiddenFor(reader())
                .notFoundFor(saferLeeds(), apiKeys.of("herts.coordinator", Role.COORDINATOR))
                .okFor(coordinator());
        assertThat(version(draft, "1.0")).contains("Revised through the API");

        JsonNode problem = refused(put(url).content(
                "{\"content\": \"# 1. PURPOSE\\n\\n<script>alert(1)</script>\\n\"}"));

        assertThat(problem.get("field").asString()).isEqualTo("content");
        assertThat(version(draft, "1.0")).contains("Revised through the API").doesNotContain("script");
    }

    @Test
    void aKeyOfHertfordshireCountyCouncilCannotFindTheLeedsProtocolsDraftAndCannotChangeAPublishedProtocol()
            throws Exception {
        UUID leeds = fixtures.documents.register(users.actor("mstenton"), new DocumentFilter(
                "Protocol to Support Local Working", DocumentType.PROTOCOL, null, null, false)).getFirst()
                .document().id();
        UUID governance = fixtures.documents.register(ewilson(), new DocumentFilter("Governance Protocol",
                DocumentType.GOVERNANCE_PROTOCOL, null, null, false)).getFirst().document().id();
        RequestPostProcessor hertfordshire = apiKeys.of("herts.coordinator", Role.COORDINATOR);

        AccessMatrix.forApi(mvc, () -> put("/api/v1/documents/" + leeds + "/draft").contentType(APPLICATION_JSON)
                .content("{\"content\": \"# 1. PURPOSE\\n\"}")).notFoundFor(hertfordshire);
        AccessMatrix.forApi(mvc, () -> put("/api/v1/documents/" + governance + "/draft")
                .contentType(APPLICATION_JSON).content("{\"content\": \"# 1. PURPOSE\\n\"}"))
                .forbiddenFor(hertfordshire);
    }

    @Test
    void aDraftGoesOutForCommentAndAClosingDateIsNeeded() throws Exception {
        Document draft = fixtures.register(DocumentType.PROTOCOL, AgreementFixtures.unique("Circulated by API"));
        String url = "/api/v1/documents/" + draft.id() + "/circulations";
        UUID police = fixtures.organisation("Cambridgeshire Constabulary Central Division");

        JsonNode noClosingDate = refused(post(url).content("""
                {"purpose": "COMMENT", "recipients": [{"organisationId": "%s"}]}""".formatted(police)));
        JsonNode bothIds = refused(post(url).content("""
                {"purpose": "COMMENT", "recipients": [{"organisationId": "%s", "bodyId": "%s"}], "closesOn": "%s"}"""
                .formatted(police, fixtures.cabinet().value(), today().plusDays(14))));
        assertThat(noClosingDate.get("field").asString()).isEqualTo("closesOn");
        assertThat(bothIds.get("field").asString()).isEqualTo("recipients");
        assertThat(fixtures.documents.view(ewilson(), draft.id()).circulations()).isEmpty();

        String body = """
                {"purpose": "COMMENT", "recipients": [{"organisationId": "%s"}], "recipientsLabel": "Police",
                 "closesOn": "%s"}""".formatted(police, today().plusDays(14));
        AccessMatrix.forApi(mvc, () -> post(url).contentType(APPLICATION_JSON).content(body))
                .anonymousUnauthorised().forbiddenFor(reader()).notFoundFor(saferLeeds());
        MvcResult sent = mvc.perform(post(url).contentType(APPLICATION_JSON).content(body).with(coordinator()))
                .andReturn();

        assertThat(sent.getResponse().getStatus()).isEqualTo(201);
        JsonNode circulation = json.readTree(sent.getResponse().getContentAsString());
        assertThat(circulation.get("version").asString()).isEqualTo("Draft 1.0");
        assertThat(circulation.get("recipients").get(0).get("name").asString())
                .isEqualTo("Cambridgeshire Constabulary Central Division");
        assertThat(fixtures.documents.view(ewilson(), draft.id()).circulations()).singleElement()
                .satisfies(c -> assertThat(c.recipientsLabel()).isEqualTo("Police"));
    }

    @Test
    void aCommentIsRecordedAgainstASectionOfTheCirculatedDraftAndAnUnknownSectionIsRefused() throws Exception {
        Document draft = fixtures.register(DocumentType.PROTOCOL, AgreementFixtures.unique("Commented by API"));
        UUID police = fixtures.organisation("Cambridgeshire Constabulary Central Division");
        UUID circulation = fixtures.consultations.circulate(null, draft.id(), new NewCirculation(
                CirculationPurpose.COMMENT, java.util.List.of(Recipient.organisation(police, null)), null,
                today(), false, today().plusDays(10), null)).id();
        String url = "/api/v1/documents/" + draft.id() + "/circulations/" + circulation + "/comments";
        String body = """
                {"sectionRef": "1.1", "commenterOrganisationId": "%s", "text": "Say which PCSOs"}""".formatted(police);

        JsonNode unknownSection = refused(post(url).content(body.replace("\"1.1\"", "\"9.9\"")));
        assertThat(unknownSection.get("field").asString()).isEqualTo("sectionRef");
        assertThat(fixtures.documents.view(ewilson(), draft.id()).comments()).isEmpty();
        AccessMatrix.forApi(mvc, () -> post(url).contentType(APPLICATION_JSON).content(body))
                .anonymousUnauthorised().forbiddenFor(reader()).notFoundFor(saferLeeds());
        AccessMatrix.forApi(mvc, () -> post("/api/v1/documents/" + draft.id() + "/circulations/" + UUID.randomUUID()
                + "/comments").contentType(APPLICATION_JSON).content(body)).notFoundFor(coordinator());

        MvcResult recorded = mvc.perform(post(url).contentType(APPLICATION_JSON).content(body).with(coordinator()))
                .andReturn();

        assertThat(recorded.getResponse().getStatus()).isEqualTo(201);
        JsonNode comment = json.readTree(recorded.getResponse().getContentAsString());
        assertThat(comment.get("sectionRef").asString()).isEqualTo("clause-1-1");
        assertThat(comment.get("commenter").get("name").asString())
                .isEqualTo("Cambridgeshire Constabulary Central Division");
        assertThat(fixtures.documents.view(ewilson(), draft.id()).comments()).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("Say which PCSOs"));
    }

    @Test
    void onlyTheNamedBodyApprovesAndAnApprovedVersionIsNotApprovedAgain() throws Exception {
        Document draft = fixtures.register(DocumentType.PROTOCOL, AgreementFixtures.unique("Approved by API"));
        String url = "/api/v1/documents/" + draft.id() + "/approval";
        String body = """
                {"bodyId": "%s", "delegatedTo": "Director of Operational Services", "decidedOn": "%s"}"""
                .formatted(fixtures.cabinet().value(), today());
        UUID otherBody = fixtures.partnership.bodies().stream().filter(b -> !b.id().equals(fixtures.cabinet()))
                .findFirst().orElseThrow().id().value();

        JsonNode wrongBody = refused(post(url).content(body.replace(fixtures.cabinet().value().toString(),
                otherBody.toString())));
        assertThat(wrongBody.get("field").asString()).isEqualTo("bodyId");
        assertThat(wrongBody.get("detail").asString()).contains("Only Cabinet");
        assertThat(fixtures.documents.view(ewilson(), draft.id()).approvals()).isEmpty();
        AccessMatrix.forApi(mvc, () -> post(url).contentType(APPLICATION_JSON).content(body))
                .anonymousUnauthorised().forbiddenFor(reader()).notFoundFor(saferLeeds());

        MvcResult approved = mvc.perform(post(url).contentType(APPLICATION_JSON).content(body).with(coordinator()))
                .andReturn();
        assertThat(approved.getResponse().getStatus()).isEqualTo(201);
        assertThat(json.readTree(approved.getResponse().getContentAsString()).get("version").asString())
                .isEqualTo("Version 2.0");
        JsonNode again = refused(post(url).content(body));

        assertThat(again.get("field").asString()).isEqualTo("version");
        assertThat(fixtures.documents.view(ewilson(), draft.id()).approvals()).hasSize(1);
    }

    @Test
    void rollOutThroughTheApiWaitsForASuccessfulPilot() throws Exception {
        Document agreement = fixtures.approvedAgreement("API roll-out");
        var area = fixtures.area("API roll-out area");
        String url = "/api/v1/documents/" + agreement.id() + "/rollouts";
        String body = "{\"placeId\": \"" + area.wards().get(2).id() + "\", \"fromOn\": \"" + today() + "\"}";
        AccessMatrix.forApi(mvc, () -> post(url).contentType(APPLICATION_JSON).content(body))
                .anonymousUnauthorised().forbiddenFor(reader()).notFoundFor(saferLeeds());

        JsonNode neverPiloted = refused(post(url).content(body));
        Pilot pilot = fixtures.pilot(agreement, area.trialArea());
        JsonNode unevaluated = refused(post(url).content(body));
        JsonNode badDate = refused(post(url).content(body.replace(today().toString(), "2027-13-45")));

        assertThat(neverPiloted.get("field").asString()).isEqualTo("placeId");
        assertThat(unevaluated.get("detail").asString()).contains("has not been evaluated yet");
        assertThat(badDate.get("field").asString()).isEqualTo("fromOn");
        assertThat(fixtures.agreements.rollouts(ewilson(), agreement.id())).isEmpty();

        fixtures.agreements.evaluate(ewilson(), pilot.id(), today(), "Problems sorted out", true);
        MvcResult rolled = mvc.perform(post(url).contentType(APPLICATION_JSON).content(body).with(coordinator()))
                .andReturn();

        assertThat(rolled.getResponse().getStatus()).isEqualTo(201);
        JsonNode answer = json.readTree(rolled.getResponse().getContentAsString());
        assertThat(answer.get("rollouts")).singleElement()
                .satisfies(r -> assertThat(r.get("placeId").asString()).isEqualTo(area.wards().get(2).id()
                        .toString()));
        assertThat(answer.get("pilots").get(0).get("successful").asBoolean()).isTrue();
    }

    private long registered(String words) {
        return fixtures.documents.register(ewilson(), new DocumentFilter(words, null, null, null, false)).size();
    }

    private String version(Document document, String number) {
        return fixtures.documents.version(ewilson(), document.id(), number).content();
    }

    /** Sends the request as a party's coordinator and expects a 400 problem without internals. */
    private JsonNode refused(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.contentType(APPLICATION_JSON).with(coordinator())).andReturn();
        String answer = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(answer).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(answer).doesNotContain("Exception", "at uk.saferhub", "uk.saferhub.");
        return json.readTree(answer);
    }
}
