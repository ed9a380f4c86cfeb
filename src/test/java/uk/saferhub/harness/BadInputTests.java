package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;

import uk.saferhub.audit.AuditTrail;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;

/**
 * Bad input over real HTTP, where Tomcat's error dispatch renders the friendly pages: unknown paths, wrong methods,
 * oversize bodies, malformed JSON and missing CSRF tokens get a clear message, the right status and no internals.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BadInputTests {

    private static final String HTML = "text/html";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final int OVER_ONE_MEGABYTE = 1024 * 1024 + 10_000;

    /** Base64 of the length a masked token has (twice a 36-character token) whose two halves XOR to 0xFF bytes. */
    private static final String TAMPERED_TOKEN = "________________________________________________"
            + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    @LocalServerPort
    int port;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    ApplicationContext context;

    ServedSaferHub server;

    @BeforeEach
    void connect() {
        server = new ServedSaferHub(port);
    }

    @Test
    void anUnknownPathShowsTheNotFoundPageToASignedInUser() {
        var response = server.get("/no-such-page-" + UUID.randomUUID(), "Accept", HTML,
                "Cookie", server.signedIn("ewilson"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertIsFriendlyPage(response, "Page not found");
    }

    @Test
    void anUnknownPathSendsAnAnonymousVisitorToSignInRatherThanSayingWhatExists() {
        var response = server.get("/no-such-page-" + UUID.randomUUID(), "Accept", HTML);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void anUnknownApiPathAnswers404ProblemDetails() {
        var response = server.get("/api/v1/nope", "Accept", "application/json",
                "Authorization", "Bearer " + apiKeys.plainKey("admin", Role.READER));

        assertThat(response.statusCode()).isEqualTo(404);
        assertIsProblem(response, 404);
    }

    @Test
    void aWrongMethodShowsTheFriendlyNotAvailablePage() {
        var session = server.anonymousSession();

        var response = server.send("DELETE", "/login", null, "Accept", HTML, "Cookie", session.cookie(),
                "X-CSRF-TOKEN", session.csrfToken());

        assertThat(response.statusCode()).isEqualTo(405);
        assertIsFriendlyPage(response, "That action is not available here");
    }

    @Test
    void anOversizeFormIsRefusedWith413AndTheFriendlyPage() {
        var response = server.send("POST", "/login", "username=" + "x".repeat(OVER_ONE_MEGABYTE), "Accept", HTML,
                "Content-Type", "application/x-www-form-urlencoded");

        assertThat(response.statusCode()).isEqualTo(413);
        assertIsFriendlyPage(response, "What you sent is too large");
    }

    @Test
    void anUploadOver25MegabytesIsRefusedWith413ExceptByTheCrimeImportPage() {
        String over = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n\r\n"
                + "x".repeat(25 * 1024 * 1024 + 1) + "\r\n--b--\r\n";
        var response = server.send("POST", "/places/import", over, "Accept", HTML,
                "Content-Type", "multipart/form-data; boundary=b");

        assertThat(response.statusCode()).isEqualTo(413);
        assertIsFriendlyPage(response, "What you sent is too large");
        // The crime import's upload takes more (a month's archive of every force): not refused for its size, but
        // as any post without a session and its CSRF token is.
        var crime = server.send("POST", "/crime/imports/new", over, "Accept", HTML,
                "Content-Type", "multipart/form-data; boundary=b");
        assertThat(crime.statusCode()).isNotEqualTo(413);
    }

    @Test
    void anOversizeApiBodyIsRefusedWith413ProblemDetails() {
        var response = server.send("POST", "/api/v1/organisations", "\"" + "x".repeat(OVER_ONE_MEGABYTE) + "\"",
                "Accept", "application/json", "Content-Type", "application/json",
                "Authorization", "Bearer " + apiKeys.plainKey("admin", Role.ADMINISTRATOR));

        assertThat(response.statusCode()).isEqualTo(413);
        assertIsProblem(response, 413);
    }

    /** Every API handler that reads a JSON body is sent a broken one: 400 problem details, not a 500. */
    @Test
    void malformedJsonSentToTheApiIsRefusedWith400ProblemDetails() {
        var bodies = HandlerCatalogue.endpoints(context).stream().filter(HandlerCatalogue.Endpoint::isApi)
                .filter(endpoint -> endpoint.methods().stream().anyMatch(method -> method == RequestMethod.POST
                        || method == RequestMethod.PUT || method == RequestMethod.PATCH))
                .filter(endpoint -> java.util.Arrays.stream(endpoint.handler().getMethodParameters())
                        .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class)))
                .toList();
        Assumptions.assumeFalse(bodies.isEmpty(),
                "No API endpoint takes a JSON body yet: nothing to send malformed JSON to");
        String key = apiKeys.plainKey("admin", Role.ADMINISTRATOR);
        for (var endpoint : bodies) {
            RequestMethod method = endpoint.methods().stream().filter(m -> m != RequestMethod.GET).sorted()
                    .findFirst().orElseThrow();
            for (String pattern : endpoint.patterns()) {
                String path = ProbeRequests.fill(pattern, java.util.Map.of());
                var response = server.send(method.name(), path, "{\"name\": \"unfinished", "Accept",
                        "application/json", "Content-Type", "application/json", "Authorization", "Bearer " + key);

                assertThat(response.statusCode()).as("%s %s with malformed JSON", method, path).isEqualTo(400);
                assertIsProblem(response, 400);
            }
        }
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedWith400AndAudited() {
        String path = "/harness/csrf-" + UUID.randomUUID();

        var response = server.send("POST", path, "name=x", "Accept", HTML,
                "Content-Type", "application/x-www-form-urlencoded", "Cookie", server.signedIn("ewilson"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertIsFriendlyPage(response, "Your changes were not saved"); // and what was typed is offered back
        assertThat(auditTrail.historyOf("page", "POST " + path))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.action()).isEqualTo("ACCESS_REFUSED");
                    assertThat(event.actorName()).isEqualTo("Mrs E Wilson");
                    assertThat(event.summary()).contains("CSRF");
                });
    }

    @Test
    void theSignInFormPostedWithoutItsCsrfTokenDoesNotSignIn() {
        var session = server.anonymousSession();
        var response = server.send("POST", "/login", "username=admin&password=x", "Accept", HTML,
                "Content-Type", "application/x-www-form-urlencoded", "Cookie", session.cookie());

        assertThat(response.statusCode()).isEqualTo(400);
        assertIsFriendlyPage(response, "There is a problem with the request");
    }

    /**
     * A tampered token (not URL-encoded, not Base64, the wrong length, or the right length but not a token this
     * server masked, which once decoded to bytes that are not UTF-8 and answered 500) is refused like any wrong token:
     * the friendly refusal, audited, and no error logged; with or without a session, on the sign-in form and on any
     * page form, in the form or in the header.
     */
    @ParameterizedTest
    @ValueSource(strings = {"%%%", "%25%25%25", "not*base64!", "AAAA", "_-_-", "%00", TAMPERED_TOKEN,
        TAMPERED_TOKEN + "AAAA"})
    void aTamperedCsrfTokenIsRefusedLikeAWrongOneAndLogsNoError(String token) {
        var session = server.anonymousSession();
        String signedIn = server.signedIn("ewilson");
        try (var errors = LoggedErrors.capture()) {
            for (var cookie : new String[] {null, session.cookie()}) {
                String form = "username=admin&password=" + DemoUsers.PASSWORD + "&_csrf=" + token;
                var signIn = cookie == null
                        ? server.send("POST", "/login", form, "Accept", HTML,
                                "Content-Type", "application/x-www-form-urlencoded")
                        : server.send("POST", "/login", form, "Accept", HTML,
                                "Content-Type", "application/x-www-form-urlencoded", "Cookie", cookie);

                assertThat(signIn.statusCode()).as("sign-in with _csrf=%s, cookie %s", token, cookie).isEqualTo(400);
                assertIsFriendlyPage(signIn, "There is a problem with the request");
            }
            String path = "/harness/csrf-" + UUID.randomUUID();
            var form = server.send("POST", path, "name=x&_csrf=" + token, "Accept", HTML,
                    "Content-Type", "application/x-www-form-urlencoded", "Cookie", signedIn);
            var header = server.send("POST", path, "name=x", "Accept", HTML, "X-CSRF-TOKEN", token,
                    "Content-Type", "application/x-www-form-urlencoded", "Cookie", signedIn);

            assertThat(form.statusCode()).as("a page form with _csrf=%s", token).isEqualTo(400);
            // what was typed is offered back, unless the body itself cannot be read ("%%%" is no URL encoding)
            assertIsFriendlyPage(form, token.equals("%%%") ? "There is a problem with the request"
                    : "Your changes were not saved");
            assertThat(header.statusCode()).as("a page form with X-CSRF-TOKEN: %s", token).isEqualTo(400);
            assertThat(auditTrail.historyOf("page", "POST " + path)).as("refusals audited").isNotEmpty()
                    .allSatisfy(event -> assertThat(event.summary()).contains("CSRF"));
            assertThat(errors.messages()).as("errors logged").isEmpty();
        }
    }

    @Test
    void anAnonymousApiCallGets401ProblemDetailsEvenFromABrowser() {
        var response = server.get("/api/v1/organisations", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
        assertIsProblem(response, 401);
    }

    @Test
    void anApiCallWithAnUnknownKeyGets401ProblemDetails() {
        var response = server.get("/api/v1/organisations", "Authorization",
                "Bearer shk_000000000000_" + "0".repeat(48));

        assertThat(response.statusCode()).isEqualTo(401);
        assertIsProblem(response, 401);
    }

    private static void assertIsFriendlyPage(HttpResponse<String> response, String heading) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(HTML));
        var page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo(heading);
        assertThat(page.select("header.govuk-header")).isNotEmpty();
        assertThat(page.select("footer.govuk-footer")).isNotEmpty();
        Internals.assertNoneShownIn(response.body());
    }

    private static void assertIsProblem(HttpResponse<String> response, int status) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(PROBLEM_JSON));
        assertThat(response.body()).contains("\"status\":" + status, "\"title\":");
        Internals.assertNoneShownIn(response.body());
    }
}
