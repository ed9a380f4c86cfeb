package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.jsoup.Jsoup;

import uk.saferhub.support.DemoUsers;

/**
 * Talks HTTP to SaferHub served on a random port, as a browser would but without one: no redirects followed and the
 * session cookie handled by hand (it is Secure, which Java's cookie store keeps from plain http).
 */
final class ServedSaferHub {

    static final String SESSION_COOKIE = "SAFERHUB_SESSION";

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    ServedSaferHub(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Sends a request; headers are name, value pairs. */
    HttpResponse<String> send(String method, String path, String body, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /** A fresh anonymous session: its cookie ("NAME=value") and the CSRF token of the sign-in form. */
    Session anonymousSession() {
        HttpResponse<String> page = get("/login", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        String cookie = sessionCookie(page).map(ServedSaferHub::pair)
                .orElseThrow(() -> new AssertionError("GET /login set no " + SESSION_COOKIE + " cookie"));
        return new Session(cookie, csrfToken(page.body()));
    }

    /** Signs in through the real form, as a person does, and returns the response to the form's POST. */
    HttpResponse<String> signIn(Session session, String username) {
        String form = "username=" + encode(username) + "&password=" + encode(DemoUsers.PASSWORD)
                + "&_csrf=" + encode(session.csrfToken());
        return send("POST", "/login", form, "Content-Type", "application/x-www-form-urlencoded",
                "Cookie", session.cookie(), "Accept", "text/html");
    }

    /** A signed-in session's cookie ("NAME=value"). */
    String signedIn(String username) {
        HttpResponse<String> response = signIn(anonymousSession(), username);
        assertThat(response.statusCode()).as("sign-in of %s", username).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("failed");
        return sessionCookie(response).map(ServedSaferHub::pair)
                .orElseThrow(() -> new AssertionError("signing in set no new " + SESSION_COOKIE + " cookie"));
    }

    /** The raw Set-Cookie header of the session cookie, if the response sets it. */
    static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(SESSION_COOKIE + "=")).findFirst();
    }

    static String csrfToken(String html) {
        var input = Jsoup.parse(html).selectFirst("input[name=_csrf]");
        assertThat(input).as("a CSRF token in the form").isNotNull();
        return input.attr("value");
    }

    private static String pair(String setCookie) {
        return setCookie.split(";", 2)[0];
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A browser session as seen by the server: its cookie and its CSRF token. */
    record Session(String cookie, String csrfToken) {
    }
}
