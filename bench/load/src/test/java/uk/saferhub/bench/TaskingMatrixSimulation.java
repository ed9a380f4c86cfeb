package uk.saferhub.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
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
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Fifty people of the Leeds partnership signed in at once, then (once all have signed in) each opening the tasking matrix of one area
 * ({@code LOAD_GROUP}: a group with 50 priorities and 300 actions) about once a second for {@code LOAD_SECONDS};
 * beside them, in the same run and at the same pace, ten more signed-in people open the simplest signed-in page
 * ({@code /account/password}), the floor. Any answer but 200 fails the run.
 */
public class TaskingMatrixSimulation extends Simulation {

    private static final String BASE = env("SAFERHUB_URL", "http://127.0.0.1:18492");
    private static final int USERS = Integer.parseInt(env("LOAD_USERS", "50"));
    private static final int FLOOR_USERS = Integer.parseInt(env("LOAD_FLOOR_USERS", "10"));
    private static final Duration DURATION = Duration.ofSeconds(Long.parseLong(env("LOAD_SECONDS", "60")));
    private static final long PAUSE_MS = Long.parseLong(env("LOAD_PAUSE_MS", "1000"));
    private static final String PASSWORD = env("SAFERHUB_DEMO_PASSWORD", "community-safety-demo");
    private static final String GROUP = env("LOAD_GROUP", "");

    /** Leeds accounts that may see the East North East group. */
    private static final List<String> PEOPLE = List.of("mstenton", "krowan", "ene.inspector", "ene.homes",
            "leeds.admin");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("text/html")
            .acceptEncodingHeader("gzip, deflate").disableCaching().shareConnections();

    private static Iterator<Map<String, Object>> people() {
        var next = new AtomicInteger();
        return Stream.generate((Supplier<Map<String, Object>>) () -> Map.of("username",
                PEOPLE.get(Math.floorMod(next.getAndIncrement(), PEOPLE.size())))).iterator();
    }

    private static ChainBuilder signIn() {
        return exec(http("sign-in form").get("/login").check(status().is(200))
                        .check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in").post("/login").formParam("username", "#{username}")
                        .formParam("password", PASSWORD).formParam("_csrf", "#{csrf}")
                        .check(status().is(200)).check(currentLocation().not(BASE + "/login?error")));
    }

    /**
     * Each person signs in, then waits until everyone of the scenario has (the sign-in burst, a BCrypt check each,
     * is not the page being measured), then opens the page about once a second.
     */
    private static ScenarioBuilder reading(String name, String page, int people) {
        return scenario(name).feed(people()).exec(signIn()).rendezVous(people).pause(Duration.ofSeconds(2))
                .during(DURATION).on(exec(http(name).get(page).check(status().is(200)))
                        .pause(Duration.ofMillis(PAUSE_MS / 2), Duration.ofMillis(PAUSE_MS * 3 / 2)));
    }

    {
        setUp(reading("GET /tasking/matrix?group=...", "/tasking/matrix?group=" + GROUP, USERS)
                        .injectOpen(atOnceUsers(USERS)),
                reading("GET /account/password (floor)", "/account/password", FLOOR_USERS)
                        .injectOpen(atOnceUsers(FLOOR_USERS)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
