package uk.saferhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A busy Monday morning straight after start, on the packaged jar with two processors: fifty clients at once (people
 * signing in and moving through the pages, API clients sharing one key) for ten seconds. Nothing may fail or hang,
 * health answers throughout, SIGTERM stops the server promptly, and the audit chain verifies afterwards. It asserts
 * behaviour, not timings: the time limits are only there to call a hang a hang.
 */
class ConcurrentUsersAfterStartJarTests {

    private static final String PASSWORD = "community-safety-demo";
    private static final int PEOPLE = 44;
    private static final int API_CLIENTS = 6;
    private static final Duration RUN = Duration.ofSeconds(10);
    /** Far beyond any page's time, even on a loaded build machine: a request this slow is a hang. */
    private static final Duration HANG = Duration.ofSeconds(30);
    private static final List<String> ACCOUNTS = List.of("admin", "ewilson", "central.sergeant", "cambs.analyst",
            "dgregson", "leeds.admin", "mstenton", "krowan", "ene.inspector", "ene.homes", "herts.coordinator",
            "herts.police", "harpenden.clerk");
    private static final List<String> PAGES = List.of("/", "/meetings", "/documents", "/partnership/structure",
            "/workforce/coverage", "/documents/areas", "/actions", "/places", "/partnership/bodies");
    private static final List<String> API = List.of("/api/v1/documents", "/api/v1/bodies",
            "/api/v1/actions?status=overdue", "/api/v1/pcsos", "/api/v1/organisations");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path data;

    private SaferHubProcess server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void fiftyClientsStraightAfterStartAreAllAnsweredAndTheServerStopsOnSigterm() throws Exception {
        server = SaferHubProcess.startJar(Path.of("target", "concurrent-users-jar.log"),
                SaferHubProcess.environment("SAFERHUB_DATA_DIR", data.toString(), "SAFERHUB_DEMO", "true",
                        "SAFERHUB_DEMO_PASSWORD", PASSWORD),
                "--server.servlet.session.cookie.secure=false");
        server.awaitReady();
        String key = issueSharedApiKey();

        var failures = new ConcurrentLinkedQueue<String>();
        var answered = new AtomicInteger();
        var start = new CountDownLatch(1);
        long until = System.nanoTime() + RUN.toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < PEOPLE + API_CLIENTS; i++) {
            int client = i;
            clients.add(Thread.ofPlatform().name("client-" + i).start(() -> {
                try {
                    start.await();
                    if (client < PEOPLE) {
                        browse(ACCOUNTS.get(client % ACCOUNTS.size()), client, until, answered, failures);
                    } else {
                        callApi(key, client, until, answered, failures);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        var healthFailures = new ConcurrentLinkedQueue<String>();
        Thread health = Thread.ofPlatform().name("health").start(() -> pollHealth(until, healthFailures));
        start.countDown();
        for (Thread client : clients) {
            client.join(RUN.plus(HANG).plus(HANG).toMillis());
            assertThat(client.isAlive()).as("%s still waiting for an answer", client.getName()).isFalse();
        }
        health.join(HANG.toMillis());

        assertThat(failures).as("requests that failed or hung (of %d answered)", answered.get()).isEmpty();
        assertThat(healthFailures).as("health checks that failed during the run").isEmpty();
        assertThat(answered.get()).isGreaterThan(PEOPLE + API_CLIENTS);

        Client admin = new Client();
        admin.signIn("admin");
        assertThat(admin.get("/admin/audit/verify").body()).contains("The audit trail is intact");

        long stopping = System.nanoTime();
        server.stop(Duration.ofSeconds(10));
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(10));
    }

    private void browse(String account, int client, long until, AtomicInteger answered,
            ConcurrentLinkedQueue<String> failures) {
        var browser = new Client();
        try {
            browser.signIn(account);
            answered.incrementAndGet();
            for (int n = client; System.nanoTime() < until; n++) {
                String page = PAGES.get(n % PAGES.size());
                HttpResponse<String> response = browser.get(page);
                answered.incrementAndGet();
                if (response.statusCode() != 200) {
                    failures.add(account + " GET " + page + ": " + response.statusCode());
                }
            }
        } catch (IOException | RuntimeException e) {
            failures.add(account + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void callApi(String key, int client, long until, AtomicInteger answered,
            ConcurrentLinkedQueue<String> failures) {
        var caller = new Client();
        try {
            for (int n = client; System.nanoTime() < until; n++) {
                String path = API.get(n % API.size());
                HttpResponse<String> response = caller.send(caller.request(path)
                        .header("Authorization", "Bearer " + key).GET().build());
                answered.incrementAndGet();
                if (response.statusCode() != 200) {
                    failures.add("API key GET " + path + ": " + response.statusCode());
                }
            }
        } catch (IOException | RuntimeException e) {
            failures.add("API key: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pollHealth(long until, ConcurrentLinkedQueue<String> failures) {
        var poller = new Client();
        while (System.nanoTime() < until) {
            try {
                int status = poller.send(poller.request("/actuator/health").timeout(Duration.ofSeconds(10)).GET()
                        .build()).statusCode();
                if (status != 200) {
                    failures.add("health: " + status);
                }
                Thread.sleep(500);
            } catch (IOException e) {
                failures.add("health: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** An administrator issues one key, through the administration page as a person would, for every API client. */
    private String issueSharedApiKey() throws IOException, InterruptedException {
        Client admin = new Client();
        admin.signIn("admin");
        String form = admin.get("/admin/api-keys").body();
        Matcher organisation = Pattern.compile("<option value=\"([0-9a-f-]{36})\">Huntingdonshire District Council<")
                .matcher(form);
        assertThat(organisation.find()).as("Huntingdonshire District Council offered for a key").isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Concurrent clients");
        fields.put("organisationId", organisation.group(1));
        fields.put("roles", "READER");
        fields.put("_csrf", csrf(form));
        HttpResponse<String> issued = admin.post("/admin/api-keys", fields);
        String page = issued.statusCode() == 302
                ? admin.get(issued.headers().firstValue("Location").orElseThrow()).body() : issued.body();
        Matcher key = Pattern.compile("shk_[A-Za-z0-9_-]{20,}").matcher(page);
        assertThat(key.find()).as("the issued key is shown once").isTrue();
        return key.group();
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the form").isTrue();
        return matcher.group(1);
    }

    /** One browser: its own cookies, no redirects followed (a redirect to /login is an answer worth seeing). */
    private final class Client {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpRequest.Builder request(String path) {
            String url = path.startsWith("http") ? path : "http://127.0.0.1:" + server.port() + path;
            return HttpRequest.newBuilder(URI.create(url)).timeout(HANG);
        }

        HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(request(path).GET().build());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
            String body = fields.entrySet().stream()
                    .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        void signIn(String account) throws IOException, InterruptedException {
            String token = csrf(get("/login").body());
            HttpResponse<String> signedIn = post("/login",
                    Map.of("username", account, "password", PASSWORD, "_csrf", token));
            String location = signedIn.headers().firstValue("Location").orElse("");
            if (signedIn.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("sign-in of " + account + " answered " + signedIn.statusCode() + " "
                        + location);
            }
        }
    }
}
