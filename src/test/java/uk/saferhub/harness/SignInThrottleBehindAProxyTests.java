package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import uk.saferhub.identity.Identity;
import uk.saferhub.identity.TestAccounts;
import uk.saferhub.identity.UserAccount;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.DemoUsers;

/**
 * Sign-in throttling counts failures by the client's address, so that address must be the one the last trusted proxy
 * saw, not whatever the client wrote at the front of {@code X-Forwarded-For}. Served on a real port, since the address
 * is worked out by the web server.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInThrottleBehindAProxyTests {

    @LocalServerPort
    int port;

    @Autowired
    Identity identity;

    @Autowired
    DemoUsers users;

    ServedSaferHub server;

    @BeforeEach
    void served() {
        server = new ServedSaferHub(port);
    }

    @Test
    void aClientCannotDodgeTheThrottleByMakingUpTheAddressesItForwards() {
        UserAccount account = TestAccounts.create(identity, users.actor("admin"), TestAccounts.uniqueUsername("proxy"),
                Role.READER);
        String client = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(location(signIn(account.username(), "Not-The-Password-1", "198.51.100." + attempt + ", "
                    + client))).endsWith("/login?failed");
        }

        assertThat(location(signIn(account.username(), TestAccounts.PASSWORD, "198.51.100.99, " + client)))
                .endsWith("/login?throttled");
    }

    private HttpResponse<String> signIn(String username, String password, String forwardedFor) {
        var session = server.anonymousSession();
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(session.csrfToken());
        return server.send("POST", "/login", form, "Content-Type", "application/x-www-form-urlencoded",
                "Cookie", session.cookie(), "Accept", "text/html", "X-Forwarded-For", forwardedFor);
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElse("");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
