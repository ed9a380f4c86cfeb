package uk.saferhub.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A busy Monday morning on SaferHub: signed-in people of every partner moving through the pages most used, API
 * clients sharing one key (reading, and adding progress notes to an action), the server's own stylesheet fetched the
 * same way as the baseline, and the health endpoint polled throughout. Every failed or timed-out request fails the
 * run.
 *
 * <p>Two modes ({@code LOAD_MODE}): {@code paced} (the default) starts every user at once and has each pause about
 * {@code LOAD_PAUSE_MS} between requests for {@code LOAD_SECONDS}; {@code saturated} has {@code LOAD_USERS} users ask
 * without pausing, first the stylesheet alone, then the page and API mix alone, {@code LOAD_SECONDS} each, so both
 * throughputs come from one run against one server. {@code mix} is the page and API mix alone without pauses, for a
 * profiler.
 */
public class PageMixSimulation extends Simulation {

    private static final String BASE = env("SAFERHUB_URL", "http://127.0.0.1:18490");
    private static final String MODE = env("LOAD_MODE", "paced");
    private static final int USERS = Integer.parseInt(env("LOAD_USERS", "100"));
    private static final int API_CLIENTS = Integer.parseInt(env("LOAD_API_CLIENTS", "10"));
    private static final int STYLESHEET_USERS = Integer.parseInt(env("LOAD_STYLESHEET_USERS", "10"));
    private static final Duration DURATION = Duration.ofSeconds(Long.parseLong(env("LOAD_SECONDS", "60")));
    private static final long PAUSE_MS = Long.parseLong(env("LOAD_PAUSE_MS", "1000"));
    private static final String PASSWORD = env("SAFERHUB_DEMO_PASSWORD", "community-safety-demo");
    private static final String API_KEY = env("LOAD_API_KEY", "");
    private static final String ACTION_ID = env("LOAD_ACTION_ID", "");
    private static final String RUN = env("LOAD_RUN", "run");
    private static final String STYLESHEET = "/css/saferhub.css";

    /** The demonstration accounts that read pages (every role but the panel member's, who sees no workforce pages). */
    private static final List<String> PEOPLE = List.of("admin", "ewilson", "central.sergeant", "cambs.analyst",
            "dgregson", "leeds.admin", "mstenton", "krowan", "ene.inspector", "ene.homes", "herts.coordinator",
            "herts.police", "harpenden.clerk");

    private static final List<String> PAGES = List.of("/", "/meetings", "/documents", "/partnership/structure",
            "/workforce/coverage", "/documents/areas", "/actions", "/places", "/partnership/bodies");

    private static final List<String> API_READS = List.of("/api/v1/documents", "/api/v1/bodies",
            "/api/v1/actions?status=overdue", "/api/v1/pcsos", "/api/v1/organisations", "/api/v1/places?type=WARD");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/json;q=0.9,*/*;q=0.8")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("saferhub-load")
            .disableCaching()
            .shareConnections();

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Iterator<Map<String, Object>> people() {
        var next = new AtomicInteger();
        return Stream.generate((Supplier<Map<String, Object>>) () -> Map.of("username",
                PEOPLE.get(Math.floorMod(next.getAndIncrement(), PEOPLE.size())))).iterator();
    }

    private static ChainBuilder signIn() {
        return exec(http("sign-in form").get("/login").check(status().is(200))
                        .check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in").post("/login")
                        .formParam("username", "#{username}")
                        .formParam("password", PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200))
                        .check(currentLocation().not(BASE + "/login?error")));
    }

    private static ChainBuilder anyPage() {
        return group("pages").on(randomSwitch().on(PAGES.stream()
                .map(page -> new Choice.WithWeight(100.0 / PAGES.size(),
                        exec(http("page " + page).get(page).check(status().is(200)))))
                .toList()));
    }

    private static ChainBuilder anyApiCall() {
        double readShare = ACTION_ID.isBlank() ? 100.0 : 90.0;
        var choices = new java.util.ArrayList<>(API_READS.stream()
                .map(path -> new Choice.WithWeight(readShare / API_READS.size(),
                        exec(http("api " + path.replaceFirst("\\?.*", "")).get(path)
                                .header("Authorization", "Bearer " + API_KEY).check(status().is(200)))))
                .toList());
        if (!ACTION_ID.isBlank()) {
            var counter = new AtomicInteger();
            choices.add(new Choice.WithWeight(10.0, exec(session -> session.set("note",
                    "Progress noted by load run " + RUN + " #" + counter.incrementAndGet()))
                    .exec(http("api action update").post("/api/v1/actions/" + ACTION_ID + "/updates")
                            .header("Authorization", "Bearer " + API_KEY)
                            .header("Content-Type", "application/json")
                            .body(StringBody("{\"status\":\"IN_PROGRESS\",\"note\":\"#{note}\"}"))
                            .check(status().is(200)))));
        }
        return group("api").on(randomSwitch().on(choices));
    }

    private static ChainBuilder stylesheet() {
        return group("stylesheet").on(exec(http("stylesheet").get(STYLESHEET).check(status().is(200))));
    }

    private static ChainBuilder paused(ChainBuilder chain) {
        if (PAUSE_MS <= 0) {
            return chain;
        }
        return chain.pause(Duration.ofMillis(PAUSE_MS / 2), Duration.ofMillis(PAUSE_MS * 3 / 2));
    }

    private static ScenarioBuilder readers(String name, Duration duration) {
        return scenario(name).feed(people()).exec(signIn())
                .during(duration).on(paused(anyPage()));
    }

    private static ScenarioBuilder apiClients(String name, Duration duration) {
        return scenario(name).during(duration).on(paused(anyApiCall()));
    }

    private static ScenarioBuilder stylesheetReaders(String name, Duration duration) {
        return scenario(name).during(duration).on(paused(stylesheet()));
    }

    private static ScenarioBuilder health(Duration duration) {
        return scenario("health").during(duration).on(pace(Duration.ofSeconds(1))
                .exec(http("health").get("/actuator/health").check(status().is(200))));
    }

    {
        if (MODE.equals("mix")) {
            // The page and API mix alone, without pauses: for profiling.
            int apiClients = Math.min(API_CLIENTS, USERS / 4);
            setUp(readers("people", DURATION).injectOpen(atOnceUsers(USERS - apiClients)),
                    apiClients("api clients", DURATION).injectOpen(atOnceUsers(apiClients)))
                    .protocols(protocol)
                    .assertions(global().failedRequests().count().is(0L));
        } else if (MODE.equals("saturated")) {
            // One phase after the other: the stylesheet alone, then the page and API mix alone.
            int apiClients = Math.min(API_CLIENTS, USERS / 4);
            PopulationBuilder baseline = stylesheetReaders("stylesheet", DURATION).injectOpen(atOnceUsers(USERS));
            PopulationBuilder mix = readers("people", DURATION).injectOpen(atOnceUsers(USERS - apiClients));
            PopulationBuilder api = apiClients("api clients", DURATION).injectOpen(atOnceUsers(apiClients));
            setUp(baseline.andThen(mix, api)).protocols(protocol)
                    .assertions(global().failedRequests().count().is(0L));
        } else {
            int people = USERS - API_CLIENTS;
            Duration withHealth = DURATION.plusSeconds(5);
            setUp(readers("people", DURATION).injectOpen(atOnceUsers(people)),
                    apiClients("api clients", DURATION).injectOpen(atOnceUsers(API_CLIENTS)),
                    stylesheetReaders("stylesheet", DURATION).injectOpen(atOnceUsers(STYLESHEET_USERS)),
                    health(withHealth).injectOpen(nothingFor(Duration.ZERO), atOnceUsers(1)))
                    .protocols(protocol)
                    .assertions(global().failedRequests().count().is(0L));
        }
    }
}
