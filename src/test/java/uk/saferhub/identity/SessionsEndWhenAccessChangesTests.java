package uk.saferhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import uk.saferhub.shared.access.Role;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * A session carries what the user could do when they signed in. When an administrator disables them, changes their
 * roles or resets their password, every session of theirs ends at once; changing your own password ends your others.
 * Sessions are real ones, kept in PostgreSQL by Spring Session and found again by the cookie.
 */
@SaferHubTest
class SessionsEndWhenAccessChangesTests {

    private static final String NEW_PASSWORD = "Otter-Meadow-Violin-77";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Identity identity;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSessionIsKeptUnderTheUsernameSoItCanBeFoundAgain() throws Exception {
        UserAccount account = reader("indexed");
        signIn(account);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(account.username()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDisabledUsersSessionIsSignedOutAtOnceAndCanChangeNothing() throws Exception {
        UserAccount account = reader("disabled");
        Cookie session = signIn(account);
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
        String hash = TestAccounts.passwordHash(jdbc, account.id());

        mvc.perform(post("/admin/users/" + account.id() + "/disable").with(users.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + account.id()));

        mvc.perform(get("/account/password").cookie(session)).andExpect(redirectedUrl("/login"));
        changeOwnPassword(session).andExpect(redirectedUrl("/login"));
        assertThat(TestAccounts.passwordHash(jdbc, account.id())).isEqualTo(hash);
    }

    @Test
    void aDemotedAdministratorsSessionCanNoLongerAdminister() throws Exception {
        UserAccount demoted = TestAccounts.create(identity, users.actor("admin"),
                TestAccounts.uniqueUsername("demoted"), Role.ADMINISTRATOR);
        UserAccount colleague = reader("colleague");
        Cookie session = signIn(demoted);
        mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/" + demoted.id() + "/roles").with(users.as("admin")).with(csrf())
                        .param("roles", "READER"))
                .andExpect(redirectedUrl("/admin/users/" + demoted.id()));

        mvc.perform(get("/admin/users").cookie(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/users/" + colleague.id() + "/disable").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/login"));
        assertThat(identity.user(colleague.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void aPasswordResetByAnAdministratorEndsTheUsersSession() throws Exception {
        UserAccount account = reader("reset");
        Cookie session = signIn(account);

        mvc.perform(post("/admin/users/" + account.id() + "/password").with(users.as("admin")).with(csrf())
                        .param("newPassword", "Badger-Copper-Thimble-31")
                        .param("confirmPassword", "Badger-Copper-Thimble-31"))
                .andExpect(redirectedUrl("/admin/users/" + account.id()));
        String reset = TestAccounts.passwordHash(jdbc, account.id());

        mvc.perform(get("/account/password").cookie(session)).andExpect(redirectedUrl("/login"));
        changeOwnPassword(session).andExpect(redirectedUrl("/login"));
        assertThat(TestAccounts.passwordHash(jdbc, account.id())).isEqualTo(reset);
    }

    @Test
    void changingYourOwnPasswordEndsYourOtherSessionsButNotThisOne() throws Exception {
        UserAccount account = reader("own");
        Cookie office = signIn(account);
        Cookie phone = signIn(account);

        changeOwnPassword(office).andExpect(redirectedUrl("/account/password"));

        mvc.perform(get("/account/password").cookie(office)).andExpect(status().isOk());
        mvc.perform(get("/account/password").cookie(phone)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void linkingTheUserToAPersonEndsTheirSessionsSinceSeatsOnBodiesFollowThePerson() throws Exception {
        UserAccount account = reader("linked");
        Cookie session = signIn(account);
        var wilson = identity.user(TestAccounts.idOf(jdbc, "ewilson")).orElseThrow().personId();

        identity.linkPerson(users.actor("admin"), account.id(), wilson);

        mvc.perform(get("/account/password").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anotherUsersSessionsAreLeftAlone() throws Exception {
        UserAccount disabled = reader("gone");
        UserAccount bystander = reader("bystander");
        Cookie session = signIn(bystander);

        identity.disableUser(users.actor("admin"), disabled.id());

        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
    }

    private UserAccount reader(String prefix) {
        return TestAccounts.create(identity, users.actor("admin"), TestAccounts.uniqueUsername(prefix), Role.READER);
    }

    private Cookie signIn(UserAccount account) throws Exception {
        Cookie[] cookies = mvc.perform(post("/login").with(csrf())
                        .param("username", account.username()).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookies();
        assertThat(cookies).as("signing in starts a session").hasSize(1);
        return cookies[0];
    }

    private ResultActions changeOwnPassword(Cookie session) throws Exception {
        return mvc.perform(post("/account/password").cookie(session).with(csrf())
                .param("currentPassword", TestAccounts.PASSWORD)
                .param("newPassword", NEW_PASSWORD)
                .param("confirmPassword", NEW_PASSWORD));
    }
}
