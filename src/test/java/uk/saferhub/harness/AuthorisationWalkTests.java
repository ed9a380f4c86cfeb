package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.function.RouterFunction;

import uk.saferhub.shared.access.Role;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * Walks every request mapping of the running application: each handler states who may call it, public ones are on
 * {@link PublicEndpoints}, and anonymous callers and callers without the role are refused the way pages and the API
 * promise. A capability's own tests add the wrong-organisation and allowed cases with
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

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    RoleHierarchy roleHierarchy;

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
            for (var probe : ProbeRequests.to(endpoint).entrySet()) {
                MvcResult result = mvc.perform(probe.getValue()).andReturn();
                String type = String.valueOf(result.getResponse().getContentType());
                if (result.getResponse().getStatus() != 401 || !type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                        || result.getResponse().getRedirectedUrl() != null) {
                    failures.add(probe.getKey() + " (" + endpoint.name() + "): " + result.getResponse().getStatus()
                            + " " + type + redirect(result));
                }
            }
        }
        assertThat(failures).as("API endpoints not answering an anonymous call with 401 problem details").isEmpty();
    }

    @Test
    void everyProtectedPageSendsAnAnonymousVisitorToSignIn() throws Exception {
        var failures = new ArrayList<String>();
        for (var endpoint : protectedEndpoints(false)) {
            for (var probe : ProbeRequests.to(endpoint).entrySet()) {
                MvcResult result = mvc.perform(probe.getValue()).andReturn();
                String location = result.getResponse().getRedirectedUrl();
                if (result.getResponse().getStatus() != 302 || location == null || !location.endsWith("/login")) {
                    failures.add(probe.getKey() + " (" + endpoint.name() + "): " + result.getResponse().getStatus()
                            + redirect(result));
                }
            }
        }
        assertThat(failures).as("pages not redirecting an anonymous visitor to /login").isEmpty();
    }

    /**
     * For each GET handler whose rule is a plain role rule ({@code hasRole}, {@code hasAnyRole},
     * {@code @RolesAllowed}), a signed-in user (page) or API key (API) holding the strongest role below it is refused
     * with 403.
     * Rules that say more (organisation, record) are left to the capability's own AccessMatrix tests.
     */
    @Test
    void everyRoleRestrictedPageAndEndpointRefusesACallerWithoutTheRole() throws Exception {
        var failures = new ArrayList<String>();
        for (var endpoint : endpoints()) {
            Set<String> required = endpoint.rule().plainRoles();
            if (required.isEmpty() || endpoint.preferredMethod() != RequestMethod.GET || endpoint.isErrorPage()) {
                continue;
            }
            Role weaker = STRONGEST_FIRST.stream().filter(role -> reachable(role).stream().noneMatch(required::contains))
                    .findFirst().orElse(null);
            if (weaker == null) {
                continue;
            }
            RequestPostProcessor caller = endpoint.isApi() ? apiKeys.of("admin", weaker)
                    : users.as(ONE_ROLE_USERS.get(weaker));
            for (var probe : ProbeRequests.to(endpoint).entrySet()) {
                MvcResult result = mvc.perform(probe.getValue().with(caller)).andReturn();
                boolean problem = String.valueOf(result.getResponse().getContentType())
                        .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                if (result.getResponse().getStatus() != 403 || (endpoint.isApi() && !problem)) {
                    failures.add(probe.getKey() + " (" + endpoint.name() + ", needs " + required + ") as " + weaker
                            + ": " + result.getResponse().getStatus() + redirect(result));
                }
            }
        }
        assertThat(failures).as("role-restricted handlers not refusing a weaker role with 403").isEmpty();
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

    private static String redirect(MvcResult result) {
        return result.getResponse().getRedirectedUrl() == null ? ""
                : " to " + result.getResponse().getRedirectedUrl();
    }
}
