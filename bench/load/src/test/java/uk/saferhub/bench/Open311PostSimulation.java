package uk.saferhub.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Open311 clients posting reports as fast as the server takes them: {@code LOAD_USERS} connections without pauses,
 * first {@code GET /actuator/health} alone for {@code LOAD_SECONDS} (the floor: the same server, filters and
 * connection handling, no work), then {@code POST /open311/v2/requests.json} alone for as long, each report at a real
 * Leeds location ({@code LOAD_POINTS}: a file of "lat,long" lines) with a service of the demonstration list and its
 * required attributes, so each one is placed in its ward, routed and checked for a likely duplicate. Any answer but
 * 200 (health) or 201 (a report) fails the run.
 */
public class Open311PostSimulation extends Simulation {

    private static final String BASE = env("SAFERHUB_URL", "http://127.0.0.1:18491");
    private static final int USERS = Integer.parseInt(env("LOAD_USERS", "16"));
    private static final Duration DURATION = Duration.ofSeconds(Long.parseLong(env("LOAD_SECONDS", "30")));
    private static final String API_KEY = env("LOAD_API_KEY", "");
    private static final List<String[]> POINTS = points(env("LOAD_POINTS", "target/bench/open311-points.csv"));

    /** Services of the demonstration list with the attributes each requires. */
    private static final List<Map<String, String>> SERVICES = List.of(
            Map.of("service_code", "GRAF", "attribute[offensive]", "no"),
            Map.of("service_code", "FLY", "attribute[waste_type]", "household"),
            Map.of("service_code", "LITTER"),
            Map.of("service_code", "DOG"),
            Map.of("service_code", "ABVEH", "attribute[registration]", "YG19 ABC"));

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json")
            .shareConnections();

    private final ScenarioBuilder floor = scenario("floor").during(DURATION).on(
            exec(http("GET /actuator/health").get("/actuator/health").check(status().is(200))));

    private final ScenarioBuilder posts = scenario("posts").during(DURATION).on(
            exec(http("POST /open311/v2/requests.json").post("/open311/v2/requests.json")
                    .formParamMap(session -> report())
                    .check(status().is(201))));

    public Open311PostSimulation() {
        setUp(floor.injectOpen(atOnceUsers(USERS)).protocols(protocol)
                .andThen(posts.injectOpen(atOnceUsers(USERS)).protocols(protocol)))
                .assertions(global().failedRequests().count().is(0L));
    }

    /** One report: a random service of the list with its required attributes, at a random real location. */
    private static Map<String, Object> report() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String[] point = POINTS.get(random.nextInt(POINTS.size()));
        Map<String, Object> report = new HashMap<>(SERVICES.get(random.nextInt(SERVICES.size())));
        report.put("api_key", API_KEY);
        report.put("lat", point[0]);
        report.put("long", point[1]);
        report.put("description", "Reported during the Open311 benchmark");
        report.put("email", "resident@example.org");
        return report;
    }

    private static List<String[]> points(String file) {
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            return lines.filter(line -> !line.isBlank()).map(line -> line.split(",")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("No points file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
