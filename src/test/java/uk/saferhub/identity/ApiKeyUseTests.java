package uk.saferhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/** One API key in use by many clients at once: every call is served, and use is stamped without contention. */
@SaferHubTest
class ApiKeyUseTests {

    private static final int CLIENTS = 20;
    private static final int CALLS_EACH = 5;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Identity identity;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeyRegistry registry;

    @Test
    void twentyClientsCallingWithOneKeyAtOnceAreAllAnswered200() throws Exception {
        IssuedApiKey issued = newKey();
        var start = new CyclicBarrier(CLIENTS);
        List<Future<List<Integer>>> clients = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            for (int client = 0; client < CLIENTS; client++) {
                clients.add(pool.submit(calls(issued.plainKey(), start)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<List<Integer>> client : clients) {
                statuses.addAll(client.get(2, TimeUnit.MINUTES));
            }
            assertThat(statuses).hasSize(CLIENTS * CALLS_EACH).containsOnly(200);
        }
        assertThat(lastUsedAt(issued.key().id())).isNotNull();
    }

    @Test
    void usingAKeyStampsItsLastUseWithoutChangingTheKeysVersion() throws Exception {
        IssuedApiKey issued = newKey();
        int before = version(issued.key().id());

        mvc.perform(get("/api/v1/organisations").with(ApiKeys.bearer(issued.plainKey()))).andExpect(status().isOk());

        assertThat(lastUsedAt(issued.key().id())).isNotNull();
        assertThat(version(issued.key().id())).isEqualTo(before);
    }

    @Test
    void aKeyUsedAgainWithinTheMinuteKeepsItsStampAndAfterwardsGetsANewOne() throws Exception {
        IssuedApiKey issued = newKey();
        Instant recently = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MICROS);
        setLastUsedAt(issued.key().id(), recently);
        mvc.perform(get("/api/v1/organisations").with(ApiKeys.bearer(issued.plainKey()))).andExpect(status().isOk());
        assertThat(lastUsedAt(issued.key().id())).isEqualTo(recently);

        Instant longAgo = Instant.now().minusSeconds(90);
        setLastUsedAt(issued.key().id(), longAgo);
        mvc.perform(get("/api/v1/organisations").with(ApiKeys.bearer(issued.plainKey()))).andExpect(status().isOk());
        assertThat(lastUsedAt(issued.key().id())).isAfter(recently);
    }

    private Callable<List<Integer>> calls(String plainKey, CyclicBarrier start) {
        return () -> {
            start.await();
            List<Integer> statuses = new ArrayList<>();
            for (int call = 0; call < CALLS_EACH; call++) {
                try {
                    statuses.add(mvc.perform(get("/api/v1/organisations").with(ApiKeys.bearer(plainKey)))
                            .andReturn().getResponse().getStatus());
                } catch (Exception failure) {
                    // an exception escaping the filter chain is what a client sees as 500
                    statuses.add(500);
                }
            }
            return statuses;
        };
    }

    private IssuedApiKey newKey() {
        Actor admin = users.actor("admin");
        return identity.issueApiKey(admin, "Shared client key " + UUID.randomUUID(), admin.organisationId(),
                Set.of(Role.READER));
    }

    private Instant lastUsedAt(UUID keyId) {
        Timestamp at = jdbc.sql("select last_used_at from api_key where id = ?").param(keyId)
                .query((rows, row) -> rows.getTimestamp(1)).list().getFirst();
        return at == null ? null : at.toInstant();
    }

    private void setLastUsedAt(UUID keyId, Instant at) {
        jdbc.sql("update api_key set last_used_at = ? where id = ?").params(Timestamp.from(at), keyId).update();
        // the row is rewritten behind the server's back, as time passing would: the keys it holds are read again
        registry.forgetKeys();
    }

    private int version(UUID keyId) {
        return jdbc.sql("select version from api_key where id = ?").param(keyId).query(Integer.class).single();
    }
}
