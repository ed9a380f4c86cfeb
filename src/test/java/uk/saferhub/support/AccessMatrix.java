package uk.saferhub.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Collections;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * States who may use one page or API endpoint, in one line per kind of caller:
 *
 * <pre>{@code
 * AccessMatrix.forPage(mvc, "/directory/people/" + id)
 *         .anonymousRedirectsToSignIn()
 *         .forbiddenFor(users.as("panel.member"))
 *         .notFoundFor(users.as("leeds.admin"))
 *         .okFor(users.as("ewilson"), users.as("admin"));
 * AccessMatrix.forApi(mvc, () -> post("/api/v1/things").contentType(APPLICATION_JSON).content(json))
 *         .anonymousUnauthorised()
 *         .forbiddenFor(apiKeys.of("admin", Role.READER))
 *         .allowedFor(apiKeys.of("admin", Role.COORDINATOR));
 * }</pre>
 *
 * Page requests that change something need {@code .with(csrf())} in the supplier. API answers are checked to be
 * problem details when refused; {@link #as} returns the result for anything more.
 */
public final class AccessMatrix {

    private final MockMvc mvc;
    private final Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request;
    private final boolean api;

    private AccessMatrix(MockMvc mvc, Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request,
            boolean api) {
        this.mvc = mvc;
        this.request = request;
        this.api = api;
    }

    public static AccessMatrix forPage(MockMvc mvc, String url) {
        return forPage(mvc, () -> get(url));
    }

    public static AccessMatrix forPage(MockMvc mvc,
            Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request) {
        return new AccessMatrix(mvc, request, false);
    }

    public static AccessMatrix forApi(MockMvc mvc, String url) {
        return forApi(mvc, () -> get(url));
    }

    public static AccessMatrix forApi(MockMvc mvc,
            Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request) {
        return new AccessMatrix(mvc, request, true);
    }

    /** A page: someone not signed in is sent to the sign-in page. */
    public AccessMatrix anonymousRedirectsToSignIn() {
        MvcResult result = as(null);
        assertThat(result.getResponse().getStatus()).as(describe(result, "a redirect to sign in")).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).as(describe(result, "a redirect to sign in"))
                .endsWith("/login");
        return this;
    }

    /** The API: a call without a key gets 401 problem details, never a redirect. */
    public AccessMatrix anonymousUnauthorised() {
        expect(null, 401);
        return this;
    }

    /** Callers whose role does not allow it: 403. */
    public AccessMatrix forbiddenFor(RequestPostProcessor... callers) {
        for (RequestPostProcessor caller : callers) {
            expect(caller, 403);
        }
        return this;
    }

    /** Callers who may not see the record: 404, exactly as if it did not exist. */
    public AccessMatrix notFoundFor(RequestPostProcessor... callers) {
        for (RequestPostProcessor caller : callers) {
            expect(caller, 404);
        }
        return this;
    }

    /** Callers who may: 200. */
    public AccessMatrix okFor(RequestPostProcessor... callers) {
        for (RequestPostProcessor caller : callers) {
            expect(caller, 200);
        }
        return this;
    }

    /** Callers who may, for requests that answer with a redirect or 201/204: any 2xx, or 3xx not to sign-in. */
    public AccessMatrix allowedFor(RequestPostProcessor... callers) {
        for (RequestPostProcessor caller : callers) {
            MvcResult result = as(caller);
            int status = result.getResponse().getStatus();
            String location = result.getResponse().getRedirectedUrl();
            assertThat(status >= 200 && status < 400 && (location == null || !location.endsWith("/login")))
                    .as(describe(result, "2xx or a redirect other than to sign in")).isTrue();
        }
        return this;
    }

    /** Performs the request as the caller (null: anonymous) and returns the result. */
    public MvcResult as(RequestPostProcessor caller) {
        AbstractMockHttpServletRequestBuilder<?> builder = request.get();
        if (caller != null) {
            builder.with(caller);
        }
        try {
            return mvc.perform(builder).andReturn();
        } catch (Exception e) {
            throw new AssertionError("The request failed before answering: " + e, e);
        }
    }

    private void expect(RequestPostProcessor caller, int status) {
        MvcResult result = as(caller);
        assertThat(result.getResponse().getStatus()).as(describe(result, String.valueOf(status))).isEqualTo(status);
        if (api && status >= 400) {
            assertThat(result.getResponse().getContentType()).as(describe(result, "problem details"))
                    .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(result.getResponse().getRedirectedUrl()).as(describe(result, "no redirect")).isNull();
        }
    }

    private static String describe(MvcResult result, String expected) {
        var request = result.getRequest();
        String who = request.getHeader("Authorization") != null ? "API key " + request.getHeader("Authorization")
                .replaceFirst("Bearer (shk_[0-9a-f]+)_.*", "$1...") : signedIn(request);
        return request.getMethod() + " " + request.getRequestURI() + " as " + who + ": expected " + expected
                + " but got " + result.getResponse().getStatus()
                + (result.getResponse().getRedirectedUrl() != null
                        ? " to " + result.getResponse().getRedirectedUrl() : "");
    }

    /** The user the request was signed in as, read from the security context the request carried. */
    private static String signedIn(HttpServletRequest request) {
        for (String name : Collections.list(request.getAttributeNames())) {
            if (request.getAttribute(name) instanceof SecurityContext context && context.getAuthentication() != null
                    && !(context.getAuthentication() instanceof AnonymousAuthenticationToken)) {
                return context.getAuthentication().getName();
            }
        }
        return "anonymous";
    }
}
