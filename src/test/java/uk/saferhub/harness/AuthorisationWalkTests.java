package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.function.RouterFunction;

import uk.saferhub.documents.Attachments;
import uk.saferhub.documents.Consultations;
import uk.saferhub.documents.DocumentEditor;
import uk.saferhub.geography.internal.BoundaryUploads;
import uk.saferhub.identity.Identity;
import uk.saferhub.meetings.internal.CalendarFeeds;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.tasking.TaskingEditor;

/**
 * Walks every request mapping of the running application, whatever its HTTP method: each handler states who may call
 * it, public ones are on {@link PublicEndpoints}, and anonymous callers, callers without the role and callers of an
 * organisation that may not see the record in the path are refused the way pages and the API promise, without
 * anything changing in the database. A capability's own tests add the allowed cases with
 * {@link uk.saferhub.support.AccessMatrix}.
 */
@SaferHubTest
class AuthorisationWalkTests {

    /** Demonstration accounts holding one role each. */
    private static final Map<Role, String> ONE_ROLE_USERS = Map.of(
            Role.PANEL_MEMBER, "panel.member", Role.READER, "cambs.analyst", Role.CONTRIBUTOR, "central.sergeant",
            Role.COORDINATOR, "ewilson");
    /** The roles to try, strongest first, so the walk tests the boundary: a coordinator on an administrator's page. */
    private static final List<Role> STRONGEST_FIRST = List.of(Role.COORDINATOR, Role.CONTRIBUTOR, Role.READER,
            Role.PANEL_MEMBER);

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    RoleHierarchy roleHierarchy;

    private final Map<String, Map<String, String>> records = new HashMap<>();
    private DatabaseFingerprint fingerprint;

    @BeforeEach
    void recordsTheDemonstrationLacks(@Autowired Identity identity, @Autowired CalendarFeeds calendars,
            @Autowired BoundaryUploads uploads, @Autowired DocumentEditor documents,
            @Autowired Consultations consultations, @Autowired Attachments attachments,
            @Autowired TaskingEditor tasking, @Autowired org.springframework.context.ApplicationContext context) {
        RecordsOutOfReach.Fixtures.ensure(jdbc, users, identity, calendars, uploads, documents, consultations,
                attachments, tasking);
        RecordsOutOfReach.Fixtures.ensureMore(jdbc, users, context);
    }

    @Test
    void theWalkSeesTheApplicationsOwnHandlers() {
        var keys = endpoints().stream().flatMap(endpoint -> endpoint.keys().stream()).toList();
        assertThat(keys).contains("GET /", "GET /login", "ANY /error");
    }

    @Test
    void everyHandlerDeclaresWhoMayCallIt() {
        var undeclared = endpoints().stream().filter(endpoint -> !endpoint.rule().declared())
                .map(HandlerCatalogue.Endpoint::toString).toList();
        assertThat(undeclared)
                .as("handlers with neither @PreAuthorize nor @PermitAll/@RolesAllowed/@DenyAll on method or class")
                .isEmpty();
    }

    @Test
    void noHandlerComesFromALibraryTheWalkDoesNotKnow() {
        assertThat(HandlerCatalogue.unknownHandlers(context))
                .as("handlers outside uk.saferhub and outside the skip list %s", HandlerCatalogue.FRAMEWORK_PACKAGES)
                .isEmpty();
    }

    @Test
    void noFunctionalEndpointEscapesTheWalk() {
        var routers = context.getBeansOfType(RouterFunction.class).values().stream()
                .map(router -> router.getClass().getName()).filter(name -> name.startsWith("uk.saferhub")).toList();
        assertThat(routers).as("RouterFunction beans cannot declare @PreAuthorize: use a @Controller").isEmpty();
    }

    @Test
    void everyPublicHandlerIsOnTheAllowList() {
        var notAllowed = endpoints().stream().filter(endpoint -> endpoint.rule().isPublic())
                .filter(endpoint -> !PublicEndpoints.ALLOWED.containsAll(endpoint.keys()))
                .map(HandlerCatalogue.Endpoint::toString).toList();
        assertThat(notAllowed).as("@PermitAll handlers missing from PublicEndpoints.ALLOWED").isEmpty();
    }

    @Test
    void everyEntryOfTheAllowListIsStillAPublicHandler() {
        Set<String> publicKeys = endpoints().stream().filter(endpoint -> endpoint.rule().isPublic())
                .flatMap(endpoint -> endpoint.keys().stream()).collect(Collectors.toSet());
        assertThat(new TreeSet<>(PublicEndpoints.ALLOWED)).as("stale entries of PublicEndpoints.ALLOWED")
                .allMatch(publicKeys::contains);
    }

    @Test
    void everyProtectedApiEndpointAnswersAnAnonymousCallWith401ProblemDetails() throws Exception {
        var failures = new ArrayList<String>();
        for (var endpoint : protectedEndpoints(true)) {
            failures.addAll(probe(endpoint, null, "anonymous", recordOf(endpoint),
                    result -> result.getStatus() == 401 && isProblem(result) && result.getRedirectedUrl() == null));
        }
        assertThat(failures).as("API endpoints not answering an anonymous call with 401 problem details, or changing"
                + " something").isEmpty();
    }

    @Test
    void everyProtectedPageSendsAnAnonymousVisitorToSignIn() throws Exception {
        var failures = new ArrayList<String>();
        for (var endpoint : protectedEndpoints(false)) {
            failures.addAll(probe(endpoint, null, "anonymous", recordOf(endpoint), result -> result.getStatus() == 302
                    && result.getRedirectedUrl() != null && result.getRedirectedUrl().endsWith("/login")));
        }
        assertThat(failures).as("pages not redirecting an anonymous visitor to /login, or changing something")
                .isEmpty();
    }

    /**
     * For each handler whose rule is a plain role rule ({@code hasRole}, {@code hasAnyRole}, {@code @RolesAllowed}),
     * whatever its method, a signed-in user (page) or API key (API) holding the strongest role below it is refused
     * with 403 and changes nothing, asking for a real record it may see where the path names one. Rules that say
     * more (organisation, record) are left to the capability's own AccessMatrix tests.
     */
    @Test
    void everyRoleRestrictedPageAndEndpointRefusesACallerWithoutTheRole() throws Exception {
        var failures = new ArrayList<String>();
        for (var endpoint : endpoints()) {
            Set<String> required = endpoint.rule().plainRoles();
            if (required.isEmpty() || endpoint.isErrorPage()) {
                continue;
            }
            Role weaker = STRONGEST_FIRST.stream().filter(role -> reachable(role).stream().noneMatch(required::contains))
                    .findFirst().orElse(null);
            if (weaker == null) {
                continue;
            }
            RequestPostProcessor caller = endpoint.isApi() ? apiKeys.of("admin", weaker)
                    : users.as(ONE_ROLE_USERS.get(weaker));
            String who = (endpoint.isApi() ? "an API key of admin with " : ONE_ROLE_USERS.get(weaker) + ", ")
                    + weaker + " (needs " + required + ")";
            failures.addAll(probe(endpoint, caller, who, recordOf(endpoint),
                    result -> result.getStatus() == 403 && (!endpoint.isApi() || isProblem(result))));
        }
        assertThat(failures).as("role-restricted handlers not refusing a weaker role with 403, or changing something")
                .isEmpty();
    }

    /**
     * For each handler with a record in its path, whatever its method, a caller holding every role but belonging to
     * an organisation that may not see the record is answered as if the record did not exist (404; an administration
     * page may say 403), changes nothing, and the refusal is audited (which also shows the record was there: a
     * record that does not exist answers 404 without a refusal).
     */
    @Test
    void everyRecordIsAbsentForACallerOfAnotherOrganisation() throws Exception {
        var failures = new ArrayList<String>();
        var unaudited = new ArrayList<String>();
        for (var endpoint : endpoints()) {
            Map<String, String> record = recordOf(endpoint);
            if (endpoint.rule().isPublic() || endpoint.isErrorPage() || record.isEmpty()) {
                continue;
            }
            String other = RecordsOutOfReach.OTHER_ORGANISATION;
            RequestPostProcessor caller = endpoint.isApi() ? apiKeys.of(other, Role.ADMINISTRATOR) : users.as(other);
            String who = (endpoint.isApi() ? "an API key of " + other + " with ADMINISTRATOR" : other)
                    + " (another organisation)";
            boolean administration = endpoint.patterns().stream().anyMatch(pattern -> pattern.startsWith("/admin/"));
            long refusals = refusals();
            failures.addAll(probe(endpoint, caller, who, record, result -> endpoint.isApi()
                    ? result.getStatus() == 404 && isProblem(result)
                    : result.getStatus() == 404 || (administration && result.getStatus() == 403)));
            boolean personal = endpoint.patterns().stream().map(RecordsOutOfReach::address).flatMap(Optional::stream)
                    .anyMatch(RecordsOutOfReach.PERSONAL::containsKey);
            if (refusals() == refusals && !personal) {
                unaudited.add(endpoint + " as " + who);
            }
        }
        assertThat(failures).as("handlers that do not answer a record of another organisation as absent, or that"
                + " change something").isEmpty();
        assertThat(unaudited).as("handlers that refuse a record of another organisation without auditing the"
                + " refusal (README: every refused access is written to the audit trail)").isEmpty();
    }

    @Test
    void everyRecordInAMappingsPathIsWalkedByACallerOfAnotherOrganisation() {
        var unknown = new TreeSet<String>();
        for (var endpoint : endpoints()) {
            if (endpoint.rule().isPublic() || endpoint.isErrorPage()) {
                continue;
            }
            endpoint.patterns().stream().map(RecordsOutOfReach::address).flatMap(Optional::stream)
                    .filter(address -> !RecordsOutOfReach.QUERIES.containsKey(address))
                    .filter(address -> !RecordsOutOfReach.NOT_WALKED.containsKey(address))
                    .forEach(address -> unknown.add(address + " (" + endpoint + ")"));
        }
        assertThat(unknown).as("record addresses with no query in RecordsOutOfReach.QUERIES (nor a reason in"
                + " NOT_WALKED)").isEmpty();
    }

    @Test
    void everyAddressOfTheWalkFindsARecordOutOfReach() {
        var missing = new TreeSet<String>();
        RecordsOutOfReach.QUERIES.keySet().forEach(address -> {
            Set<String> variables = variablesOf(address);
            Map<String, String> record = RecordsOutOfReach.find(jdbc, address);
            if (!record.keySet().equals(variables) || record.containsValue(null)) {
                missing.add(address + " found " + record);
            }
        });
        assertThat(missing).as("addresses whose query finds no record, or not one value per path variable").isEmpty();
    }

    @Test
    void everyAddressOfTheWalkIsStillMapped() {
        Set<String> mapped = endpoints().stream().flatMap(endpoint -> endpoint.patterns().stream())
                .map(RecordsOutOfReach::address).flatMap(Optional::stream).collect(Collectors.toSet());
        var stale = new TreeSet<String>(RecordsOutOfReach.QUERIES.keySet());
        stale.addAll(RecordsOutOfReach.NOT_WALKED.keySet());
        stale.removeAll(mapped);
        assertThat(stale).as("stale addresses of RecordsOutOfReach").isEmpty();
    }

    /**
     * Calls every method of every pattern of the endpoint as the caller (null: anonymous), with the record's path
     * variables; a failure for each answer the expectation refuses and for each change to the database.
     */
    private List<String> probe(HandlerCatalogue.Endpoint endpoint, RequestPostProcessor caller, String who,
            Map<String, String> record, Predicate<MockHttpServletResponse> expected) throws Exception {
        var failures = new ArrayList<String>();
        for (RequestMethod method : endpoint.methods()) {
            for (var probe : ProbeRequests.to(endpoint, method, record).entrySet()) {
                boolean writes = method != RequestMethod.GET && method != RequestMethod.HEAD;
                Map<String, String> before = writes ? fingerprint().take() : Map.of();
                var request = probe.getValue();
                if (caller != null) {
                    request.with(caller);
                }
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                List<String> changed = writes ? DatabaseFingerprint.changed(before, fingerprint().take()) : List.of();
                if (!expected.test(response) || !changed.isEmpty()) {
                    failures.add(probe.getKey() + " (" + endpoint.name() + ") as " + who + ": "
                            + response.getStatus() + (response.getRedirectedUrl() == null ? ""
                                    : " to " + response.getRedirectedUrl())
                            + (changed.isEmpty() ? "" : ", changed " + changed));
                }
            }
        }
        return failures;
    }

    /** The path variables of a record the other organisation may not see, for the endpoint's first address. */
    private Map<String, String> recordOf(HandlerCatalogue.Endpoint endpoint) {
        return endpoint.patterns().stream().map(RecordsOutOfReach::address).flatMap(Optional::stream).findFirst()
                .map(address -> records.computeIfAbsent(address, key -> RecordsOutOfReach.find(jdbc, key)))
                .orElse(Map.of());
    }

    private long refusals() {
        return jdbc.sql("select count(*) from audit_event where action = 'ACCESS_REFUSED'").query(Long.class).single();
    }

    private DatabaseFingerprint fingerprint() {
        if (fingerprint == null) {
            fingerprint = new DatabaseFingerprint(jdbc);
        }
        return fingerprint;
    }

    private static Set<String> variablesOf(String address) {
        var variables = new TreeSet<String>();
        Matcher matcher = PATH_VARIABLE.matcher(address);
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
        return variables;
    }

    private static boolean isProblem(MockHttpServletResponse response) {
        return String.valueOf(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    private List<HandlerCatalogue.Endpoint> endpoints() {
        return HandlerCatalogue.endpoints(context);
    }

    private List<HandlerCatalogue.Endpoint> protectedEndpoints(boolean api) {
        return endpoints().stream().filter(endpoint -> !endpoint.rule().isPublic() && !endpoint.isErrorPage())
                .filter(endpoint -> endpoint.isApi() == api).toList();
    }

    private Set<String> reachable(Role role) {
        return roleHierarchy.getReachableGrantedAuthorities(List.of(new SimpleGrantedAuthority(role.authority())))
                .stream().map(GrantedAuthority::getAuthority).map(name -> name.replaceFirst("^ROLE_", ""))
                .collect(Collectors.toSet());
    }
}
