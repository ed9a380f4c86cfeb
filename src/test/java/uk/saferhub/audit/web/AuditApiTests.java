package uk.saferhub.audit.web;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.directory.Directory;
import uk.saferhub.directory.PersonDetails;
import uk.saferhub.identity.Identity;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class AuditApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Identity identity;

    @Autowired
    AuditTrail trail;

    @Autowired
    Directory directory;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anAnonymousCallIsRefusedWith401ProblemDetails() throws Exception {
        for (String path : new String[] {"/api/v1/audit/verify", "/api/v1/audit/events"}) {
            mvc.perform(get(path))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(401));
        }
    }

    @Test
    void aKeyWithoutTheAdministratorRoleIsRefusedWith403ProblemDetails() throws Exception {
        String reader = key("admin", Role.READER);
        for (String path : new String[] {"/api/v1/audit/verify", "/api/v1/audit/events"}) {
            mvc.perform(get(path).header("Authorization", "Bearer " + reader))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void anAdministratorsKeyVerifiesTheChain() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + key("admin", Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.eventsChecked").value(greaterThan(0)))
                .andExpect(jsonPath("$", hasKey("firstBrokenSequence")))
                .andExpect(jsonPath("$.firstBrokenSequence").value(nullValue()))
                .andExpect(jsonPath("$", hasKey("problem")));
    }

    @Test
    void eventsAreListedWithTheirChangesForTheKeysPartnershipOnly() throws Exception {
        String record = directory.createPerson(new PersonDetails(directory.organisationNamed(
                "Huntingdonshire District Council").orElseThrow().id(), "Audit API contact " + UUID.randomUUID(),
                null, null, null, HandlingLevel.PARTNERSHIP, List.of())).id().toString();
        trail.recordIndependently(AuditEntry.by(users.actor("ewilson"), AuditAction.UPDATE, "person", record,
                "Changed a phone number", Changes.none().field("phone", "01480 1", "01480 2")));
        awaitSealed(record); // the sealer links events into the hash chain after their commit

        mvc.perform(events(key("admin", Role.ADMINISTRATOR)).param("recordId", record).param("action", "UPDATE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].summary").value("Changed a phone number"))
                .andExpect(jsonPath("$.items[0].actorName").value("Mrs E Wilson"))
                .andExpect(jsonPath("$.items[0].changes[0].field").value("phone"))
                .andExpect(jsonPath("$.items[0].changes[0].before").value("01480 1"))
                .andExpect(jsonPath("$.items[0].changes[0].after").value("01480 2"))
                .andExpect(jsonPath("$.items[0].detailsWithheld").value(false))
                .andExpect(jsonPath("$.items[0].hash").isString());

        mvc.perform(events(key("leeds.admin", Role.ADMINISTRATOR)).param("recordId", record).param("action", "UPDATE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void eventsArePaged() throws Exception {
        mvc.perform(events(key("admin", Role.ADMINISTRATOR)).param("page", "1").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items.length()").value(2));
    }

    @Test
    void aBadPageSizeOrActionIsA400ProblemDetail() throws Exception {
        String admin = key("admin", Role.ADMINISTRATOR);
        mvc.perform(events(admin).param("page", "0")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(events(admin).param("size", "100000")).andExpect(status().isBadRequest());
        mvc.perform(events(admin).param("action", "DROP TABLE")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(events(admin).param("page", "first")).andExpect(status().isBadRequest());
    }

    @Test
    void theAuditEndpointsAreInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/audit/verify']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit/events']").exists());
    }

    private MockHttpServletRequestBuilder events(String key) {
        return get("/api/v1/audit/events").header("Authorization", "Bearer " + key);
    }

    private String key(String administrator, Role role) {
        return identity.issueApiKey(users.actor(administrator), "Audit API test " + UUID.randomUUID(),
                users.actor(administrator).organisationId(), EnumSet.of(role)).plainKey();
    }

    private void awaitSealed(String recordId) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && jdbc.sql("""
                select count(*) from audit_event e join audit_seal s on s.event_seq = e.seq
                where e.record_id = ? and e.action = 'UPDATE'""").param(recordId).query(Long.class).single() == 0) {
            Thread.sleep(20);
        }
    }
}
