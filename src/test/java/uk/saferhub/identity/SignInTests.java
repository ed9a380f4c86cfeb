package uk.saferhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import uk.saferhub.shared.access.Role;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/** Signing in through the real form: Spring Security's filter and the audit of each attempt. */
@SaferHubTest
class SignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Identity identity;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewUserSignsInThroughTheFormIsSentHomeWithARenewedSessionAndTheSignInIsAudited() throws Exception {
        UserAccount account = TestAccounts.create(identity, users.actor("admin"), TestAccounts.uniqueUsername("new"),
                Role.READER);
        Cookie before = sessionCookie(mvc.perform(get("/login")).andExpect(status().isOk()));

        Cookie after = sessionCookie(signIn(account.username(), TestAccounts.PASSWORD, before)
                .andExpect(redirectedUrl("/")));

        assertThat(after.getName()).isEqualTo(before.getName());
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        mvc.perform(get("/").cookie(after))
                .andExpect(content().string(containsString(account.displayName())));
        assertThat(events("SIGN_IN", "actor_id", account.id())).isEqualTo(1);
        assertThat(identity.user(account.id()).orElseThrow().lastSignInAt()).isNotNull();
    }

    @Test
    void signingInStampsTheLastSignInWithoutChangingTheAccountsVersion() throws Exception {
        UserAccount account = TestAccounts.create(identity, users.actor("admin"), TestAccounts.uniqueUsername("stamp"),
                Role.READER);
        int before = version(account.id());

        signIn(account.username(), TestAccounts.PASSWORD, null).andExpect(redirectedUrl("/"));

        assertThat(identity.user(account.id()).orElseThrow().lastSignInAt()).isNotNull();
        assertThat(version(account.id())).as("an administrator's edit loaded before the sign-in still saves")
                .isEqualTo(before);
    }

    @Test
    void aWrongPasswordFailsAndIsAudited() throws Exception {
        UserAccount account = TestAccounts.create(identity, users.actor("admin"), TestAccounts.uniqueUsername("typo"),
                Role.READER);
        signIn(account.username(), "Not-The-Password-1", null).andExpect(redirectedUrl("/login?failed"));
        assertThat(events("SIGN_IN_FAILED", "actor_name", account.username())).isEqualTo(1);
    }

    @Test
    void aDisabledUserCannotSignIn() throws Exception {
        UserAccount account = TestAccounts.create(identity, users.actor("admin"), TestAccounts.uniqueUsername("gone"),
                Role.READER);
        mvc.perform(post("/admin/users/" + account.id() + "/disable").with(users.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + account.id()));

        signIn(account.username(), TestAccounts.PASSWORD, null).andExpect(redirectedUrl("/login?failed"));
        assertThat(events("SIGN_IN", "actor_id", account.id())).isZero();
        assertThat(events("SIGN_IN_FAILED", "actor_name", account.username())).isEqualTo(1);
    }

    @Test
    void theSignInPagesScriptIsPublicSoItIsNeverTheWhereToAfterSigningIn() throws Exception {
        // were it protected, the browser's request for it would be saved and replayed after sign-in
        mvc.perform(get("/js/init.js")).andExpect(status().isOk());
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefusedWith400() throws Exception {
        UserAccount account = TestAccounts.create(identity, users.actor("admin"), TestAccounts.uniqueUsername("csrf"),
                Role.READER);
        mvc.perform(post("/login").param("username", account.username()).param("password", TestAccounts.PASSWORD))
                .andExpect(status().isBadRequest());
        assertThat(events("SIGN_IN", "actor_id", account.id())).isZero();
    }

    /**
     * The session cookie a response sets. Under MockMvc, Spring Session names it from the mock servlet context
     * ({@code SESSION}); the embedded server applies {@code server.servlet.session.cookie} (SAFERHUB_SESSION).
     */
    private static Cookie sessionCookie(ResultActions result) {
        Cookie[] cookies = result.andReturn().getResponse().getCookies();
        assertThat(cookies).as("the response starts or renews a session").hasSize(1);
        return cookies[0];
    }

    private ResultActions signIn(String username, String password, Cookie session) throws Exception {
        var request = post("/login").with(csrf()).param("username", username).param("password", password);
        if (session != null) {
            request.cookie(session);
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private int version(UUID userId) {
        return jdbc.sql("select version from user_account where id = ?").param(userId).query(Integer.class).single();
    }

    /** How many events of the action have the value in the column (one of this class's fixed column names). */
    private long events(String action, String column, Object value) {
        return jdbc.sql("select count(*) from audit_event where action = ? and " + column + "::text = ?")
                .params(action, value.toString()).query(Long.class).single();
    }
}
