package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The session cookie of a real sign-in through the form cannot be read by scripts, sent over http or cross-site. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionCookieTests {

    @LocalServerPort
    int port;

    ServedSaferHub server;

    @BeforeEach
    void connect() {
        server = new ServedSaferHub(port);
    }

    @Test
    void signingInSetsAnHttpOnlySecureSameSiteLaxSessionCookie() {
        var response = server.signIn(server.anonymousSession(), "ewilson");

        assertThat(response.statusCode()).isEqualTo(302);
        String cookie = ServedSaferHub.sessionCookie(response).orElseThrow();
        assertThat(java.util.Arrays.stream(cookie.split(";\\s*")).map(String::toLowerCase).toList())
                .contains("httponly", "secure", "samesite=lax", "path=/");
    }

    @Test
    void signingInRenewsTheSessionId() {
        var session = server.anonymousSession();

        var response = server.signIn(session, "ewilson");

        String renewed = ServedSaferHub.sessionCookie(response).orElseThrow().split(";", 2)[0];
        assertThat(renewed).isNotEqualTo(session.cookie());
    }

    @Test
    void theSessionCookieSignsTheNextRequestIn() {
        String cookie = server.signedIn("ewilson");

        var home = server.get("/", "Accept", "text/html", "Cookie", cookie);

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Mrs E Wilson", "Sign out");
    }

    @Test
    void aWrongPasswordDoesNotSignIn() {
        var session = server.anonymousSession();
        var response = server.send("POST", "/login", "username=cambs.analyst&password=wrong-password&_csrf="
                + session.csrfToken(), "Content-Type", "application/x-www-form-urlencoded", "Cookie", session.cookie());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/login?failed");
    }
}
