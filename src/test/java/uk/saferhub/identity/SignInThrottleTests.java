package uk.saferhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.saferhub.shared.SaferHubProperties;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * Failed sign-ins hold back the address they come from, for the username tried there, and never the account: a
 * stranger cannot lock a real user out, and cannot tell a real username from a made-up one by the answers.
 */
@SaferHubTest
class SignInThrottleTests {

    private static final String WRONG = "Not-The-Password-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Identity identity;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SaferHubProperties properties;

    @Test
    void fiveWrongPasswordsFromAStrangerDoNotLockTheRealUserOut() throws Exception {
        String stranger = newAddress();
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn("harpenden.clerk", WRONG, stranger).andExpect(redirectedUrl("/login?failed"));
        }
        signIn("harpenden.clerk", DemoUsers.PASSWORD, newAddress()).andExpect(redirectedUrl("/"));
    }

    @Test
    void afterFiveFailuresThatAddressIsHeldBackForThatUsernameEvenWithTheRightPassword() throws Exception {
        UserAccount account = reader("held");
        UserAccount neighbour = reader("neighbour");
        String address = newAddress();
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn(account.username(), WRONG, address).andExpect(redirectedUrl("/login?failed"));
        }

        signIn(account.username(), TestAccounts.PASSWORD, address).andExpect(redirectedUrl("/login?throttled"));
        signIn(account.username().toUpperCase(), TestAccounts.PASSWORD, address)
                .andExpect(redirectedUrl("/login?throttled"));
        assertThat(events("SIGN_IN", "actor_id", account.id())).isZero();
        assertThat(events("SIGN_IN_FAILED", "actor_name", account.username())).isEqualTo(6);
        mvc.perform(get("/login").param("throttled", ""))
                .andExpect(content().string(containsString("Too many failed sign-ins from here")));

        signIn(neighbour.username(), TestAccounts.PASSWORD, address).andExpect(redirectedUrl("/"));
    }

    @Test
    void aMadeUpUsernameAndADisabledOneGetExactlyTheAnswersARealOneGets() throws Exception {
        UserAccount real = reader("real");
        UserAccount disabled = reader("disabled");
        identity.disableUser(users.actor("admin"), disabled.id());
        String madeUp = TestAccounts.uniqueUsername("nobody");

        List<String> toReal = answers(real.username(), TestAccounts.PASSWORD);
        List<String> toDisabled = answers(disabled.username(), TestAccounts.PASSWORD);
        List<String> toMadeUp = answers(madeUp, TestAccounts.PASSWORD);

        assertThat(toReal).hasSize(7).endsWith("302 /login?throttled", "302 /login?throttled");
        assertThat(toMadeUp).isEqualTo(toReal);
        assertThat(toDisabled).isEqualTo(toReal);
    }

    @Test
    void eachRefusedSignInOfADisabledAccountCountsEvenWithItsRightPassword() throws Exception {
        UserAccount disabled = reader("counted");
        identity.disableUser(users.actor("admin"), disabled.id());
        String address = newAddress();
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn(disabled.username(), TestAccounts.PASSWORD, address).andExpect(redirectedUrl("/login?failed"));
        }
        signIn(disabled.username(), TestAccounts.PASSWORD, address).andExpect(redirectedUrl("/login?throttled"));
    }

    @Test
    void oneAddressTryingManyUsernamesIsHeldBackForAllOfThem() throws Exception {
        UserAccount account = reader("sprayed");
        String address = newAddress();
        int limit = properties.security().maxFailedSignInsPerAddress();
        for (int attempt = 0; attempt < limit; attempt++) {
            signIn(TestAccounts.uniqueUsername("guess"), WRONG, address).andExpect(redirectedUrl("/login?failed"));
        }

        signIn(account.username(), TestAccounts.PASSWORD, address).andExpect(redirectedUrl("/login?throttled"));
        signIn(account.username(), TestAccounts.PASSWORD, newAddress()).andExpect(redirectedUrl("/"));
    }

    @Test
    void anIpv6ClientCountsAsItsWholeSlash64() throws Exception {
        UserAccount account = reader("six");
        String prefix = "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":1:";
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn(account.username(), WRONG, prefix + ":" + Integer.toHexString(attempt + 1))
                    .andExpect(redirectedUrl("/login?failed"));
        }
        signIn(account.username(), TestAccounts.PASSWORD, prefix + "abcd:ef01:2345:6789")
                .andExpect(redirectedUrl("/login?throttled"));
    }

    @Test
    void anAdministratorsPasswordResetLiftsTheHoldOnThatUsername() throws Exception {
        UserAccount account = reader("reset");
        String address = newAddress();
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn(account.username(), WRONG, address).andExpect(redirectedUrl("/login?failed"));
        }

        identity.resetPassword(users.actor("admin"), account.id(), "Otter-Meadow-Violin-77");

        signIn(account.username(), "Otter-Meadow-Violin-77", address).andExpect(redirectedUrl("/"));
    }

    /** Five wrong passwords, then the given one twice, each from the same fresh address: what the client sees. */
    private List<String> answers(String username, String password) throws Exception {
        String address = newAddress();
        List<String> seen = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            MockHttpServletResponse response = signIn(username, attempt < 5 ? WRONG : password, address)
                    .andReturn().getResponse();
            seen.add(response.getStatus() + " " + response.getRedirectedUrl() + response.getContentAsString());
        }
        return seen;
    }

    private UserAccount reader(String prefix) {
        return TestAccounts.create(identity, users.actor("admin"), TestAccounts.uniqueUsername(prefix), Role.READER);
    }

    private ResultActions signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from(address))
                .param("username", username).param("password", password));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** An address no other test uses, from the private range. */
    private static String newAddress() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private long events(String action, String column, UUID value) {
        return events(action, column, value.toString());
    }

    private long events(String action, String column, String value) {
        return jdbc.sql("select count(*) from audit_event where action = ? and " + column + "::text = ?")
                .params(action, value).query(Long.class).single();
    }
}
