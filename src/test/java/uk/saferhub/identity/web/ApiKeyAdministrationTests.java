package uk.saferhub.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.identity.Identity;
import uk.saferhub.identity.IssuedApiKey;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class ApiKeyAdministrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Identity identity;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/admin/api-keys")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/api-keys/issued")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aCoordinatorMayNotSeeOrIssueKeys() throws Exception {
        mvc.perform(get("/admin/api-keys").with(users.as("ewilson"))).andExpect(status().isForbidden());
        String name = "Coordinator key " + UUID.randomUUID();
        mvc.perform(post("/admin/api-keys").with(users.as("ewilson")).with(csrf())
                        .param("name", name).param("organisationId", users.actor("ewilson").organisationId().toString())
                        .param("roles", "READER"))
                .andExpect(status().isForbidden());
        assertThat(keysNamed(name)).isZero();
    }

    @Test
    void anIssuedKeyIsShownOnceWorksOnTheApiAndOnlyItsHashIsStored() throws Exception {
        String name = "Performance dashboard " + UUID.randomUUID();
        var result = mvc.perform(post("/admin/api-keys").with(users.as("admin")).with(csrf())
                        .param("name", name)
                        .param("organisationId", users.actor("admin").organisationId().toString())
                        .param("roles", "ADMINISTRATOR"))
                .andExpect(redirectedUrl("/admin/api-keys/issued"))
                .andReturn();
        IssuedKey issued = (IssuedKey) result.getFlashMap().get("issuedKey");
        assertThat(issued.plainKey()).matches("shk_[0-9a-f]{12}_[0-9a-f]{48}");

        Cookie session = result.getResponse().getCookies()[0];
        mvc.perform(get("/admin/api-keys/issued").with(users.as("admin")).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(issued.plainKey())))
                .andExpect(content().string(containsString("Copy the key now")));
        mvc.perform(get("/admin/api-keys/issued").with(users.as("admin")).cookie(session))
                .andExpect(redirectedUrl("/admin/api-keys"));
        mvc.perform(get("/admin/api-keys").with(users.as("admin")))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(not(containsString(issued.plainKey()))));

        String secret = issued.plainKey().substring(17);
        assertThat(jdbc.sql("select count(*) from api_key k where k::text like ?").param("%" + secret + "%")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select secret_hash from api_key where name = ?").param(name).query(String.class)
                .single()).isEqualTo(sha256(issued.plainKey()));

        mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + issued.plainKey()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
        assertThat(jdbc.sql("select last_used_at is not null from api_key where name = ?").param(name)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aRevokedKeyIsRefusedWith401AndTheRefusalIsAudited() throws Exception {
        IssuedApiKey issued = identity.issueApiKey(users.actor("admin"), "Revoked " + UUID.randomUUID(),
                users.actor("admin").organisationId(), EnumSet.of(Role.ADMINISTRATOR));
        mvc.perform(post("/admin/api-keys/" + issued.key().id() + "/revoke").with(users.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/api-keys"));
        assertThat(identity.apiKeysManagedBy(users.actor("admin")).stream()
                .filter(key -> key.id().equals(issued.key().id())).findFirst().orElseThrow().active()).isFalse();

        mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + issued.plainKey()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'API_KEY_REFUSED' and actor_name = ?")
                .param(issued.plainKey().substring(0, 16)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aKeyInUseIsRefusedOnTheVeryNextCallAfterItIsRevoked() throws Exception {
        IssuedApiKey issued = identity.issueApiKey(users.actor("admin"), "In use " + UUID.randomUUID(),
                users.actor("admin").organisationId(), EnumSet.of(Role.ADMINISTRATOR));
        for (int call = 0; call < 3; call++) {
            mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + issued.plainKey()))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/admin/api-keys/" + issued.key().id() + "/revoke").with(users.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/api-keys"));

        mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + issued.plainKey()))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/open311/v2/requests.json").param("api_key", issued.plainKey())
                        .param("service_code", "GRAFFITI").param("lat", "53.8").param("long", "-1.55"))
                .andExpect(status().isForbidden());
    }

    @Test
    void revokingTwiceSaysTheKeyIsAlreadyRevoked() throws Exception {
        IssuedApiKey issued = identity.issueApiKey(users.actor("admin"), "Twice " + UUID.randomUUID(),
                users.actor("admin").organisationId(), EnumSet.of(Role.READER));
        identity.revokeApiKey(users.actor("admin"), issued.key().id());
        mvc.perform(post("/admin/api-keys/" + issued.key().id() + "/revoke").with(users.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This API key has already been revoked")));
    }

    @Test
    void anAdministratorOfAnotherPartnershipNeitherSeesNorRevokesTheKey() throws Exception {
        String name = "Cambridgeshire only " + UUID.randomUUID();
        IssuedApiKey issued = identity.issueApiKey(users.actor("admin"), name,
                users.actor("admin").organisationId(), EnumSet.of(Role.READER));
        mvc.perform(get("/admin/api-keys").with(users.as("leeds.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(post("/admin/api-keys/" + issued.key().id() + "/revoke").with(users.as("leeds.admin"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select revoked_at is null from api_key where id = ?").param(issued.key().id())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aKeyWithoutNameOrRolesOrForAnOrganisationOutsideThePartnershipIsNotIssued() throws Exception {
        long before = jdbc.sql("select count(*) from api_key").query(Long.class).single();
        mvc.perform(post("/admin/api-keys").with(users.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("apiKeyForm", "name", "organisationId", "roles"))
                .andExpect(content().string(containsString("govuk-error-summary")));
        mvc.perform(post("/admin/api-keys").with(users.as("admin")).with(csrf())
                        .param("name", "Leeds key").param("roles", "READER")
                        .param("organisationId", users.actor("leeds.admin").organisationId().toString()))
                .andExpect(model().attributeHasFieldErrors("apiKeyForm", "organisationId"));
        assertThat(jdbc.sql("select count(*) from api_key").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void issuingWithoutTheCsrfTokenIsRefusedWith400() throws Exception {
        String name = "No token " + UUID.randomUUID();
        mvc.perform(post("/admin/api-keys").with(users.as("admin"))
                        .param("name", name).param("roles", "READER")
                        .param("organisationId", users.actor("admin").organisationId().toString()))
                .andExpect(status().isBadRequest());
        assertThat(keysNamed(name)).isZero();
    }

    private long keysNamed(String name) {
        return jdbc.sql("select count(*) from api_key where name = ?").param(name).query(Long.class).single();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
