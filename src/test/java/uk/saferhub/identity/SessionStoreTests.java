package uk.saferhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.shared.access.Role;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The sessions kept in PostgreSQL under load: two requests of one session at once, a session's last-access time
 * written at most once a minute, and static files served without the session at all.
 */
@SaferHubTest
class SessionStoreTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Identity identity;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Test
    void twoRequestsOfOneSessionAddingTheSameAttributeAtOnceBothSucceed() {
        String id = newSession();
        Session first = find(id);
        Session second = find(id);
        first.setAttribute("org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN", "a");
        second.setAttribute("org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN", "b");

        save(first);
        assertThatNoException().isThrownBy(() -> save(second));

        assertThat(find(id).<String>getAttribute(
                "org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN")).isEqualTo("b");
    }

    @Test
    void aRequestWithinAMinuteOfTheLastWritesNothingAndALaterOneMovesTheLastAccessOn() throws Exception {
        UserAccount account = reader("touch");
        Cookie session = signIn(account);
        long signedIn = lastAccess(account);

        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
        assertThat(lastAccess(account)).isEqualTo(signedIn);

        jdbc.sql("update spring_session set last_access_time = last_access_time - 120000 where principal_name = ?")
                .param(account.username()).update();
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
        assertThat(lastAccess(account)).isGreaterThanOrEqualTo(signedIn);
    }

    @Test
    void staticFilesNeitherReadNorWriteTheSessionAndMayBeCached() throws Exception {
        UserAccount account = reader("static");
        Cookie session = signIn(account);
        jdbc.sql("update spring_session set last_access_time = last_access_time - 120000 where principal_name = ?")
                .param(account.username()).update();
        long before = lastAccess(account);
        long sessionsBefore = jdbc.sql("select count(*) from spring_session").query(Long.class).single();

        mvc.perform(get("/css/saferhub.css").cookie(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache, public"))
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get("/assets/images/favicon.ico"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=86400, public"))
                .andExpect(header().doesNotExist("Set-Cookie"));

        assertThat(lastAccess(account)).as("the session was not read, so not touched").isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single())
                .isEqualTo(sessionsBefore);
    }

    private String newSession() {
        Session session = sessions.createSession();
        save(session);
        return session.getId();
    }

    private Session find(String id) {
        return sessions.findById(id);
    }

    @SuppressWarnings("unchecked")
    private void save(Session session) {
        ((FindByIndexNameSessionRepository<Session>) sessions).save(session);
    }

    private long lastAccess(UserAccount account) {
        return jdbc.sql("select last_access_time from spring_session where principal_name = ?")
                .param(account.username()).query(Long.class).single();
    }

    private UserAccount reader(String prefix) {
        return TestAccounts.create(identity, users.actor("admin"), TestAccounts.uniqueUsername(prefix), Role.READER);
    }

    private Cookie signIn(UserAccount account) throws Exception {
        return mvc.perform(post("/login").with(csrf())
                        .param("username", account.username()).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookies()[0];
    }
}
