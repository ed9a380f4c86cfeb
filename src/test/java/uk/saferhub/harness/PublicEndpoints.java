package uk.saferhub.harness;

import java.util.Set;

/**
 * The handlers anyone may call without signing in, as "METHOD /pattern" ("ANY" when the mapping names no method).
 * A {@code @PermitAll} handler that is not listed here fails {@link AuthorisationWalkTests}: opening a page or an
 * endpoint to the public is a deliberate act, made here and reviewed.
 */
final class PublicEndpoints {

    static final Set<String> ALLOWED = Set.of(
            "GET /",                // the home page: what SaferHub is, and the sign-in link
            "GET /login",           // the sign-in page (Spring Security handles the POST)
            "GET /accessibility",   // the accessibility statement, linked from every page's footer
            "ANY /error",           // friendly error pages and problem details for every status
            "GET /calendars/feeds/{token}.ics", // iCalendar feeds: the secret token in the URL is the credential
            "GET /public/documents",           // published documents: the list
            "GET /public/documents/{id}",      // a published document (approved, PUBLIC handling, published)
            "GET /public/documents/{id}/pdf"); // its PDF

    private PublicEndpoints() {
    }
}
