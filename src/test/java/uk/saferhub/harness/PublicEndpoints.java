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
            "GET /public/documents/{id}/pdf", // its PDF
            "GET /public/api/priorities/{area}", // PUBLIC neighbourhood priorities as open data (no personal data)
            "GET /public/priorities",          // the areas with their public priorities
            "GET /public/priorities/{area}",   // one area's PUBLIC priorities, for residents
            "GET /public/plans",               // issued Police and Crime Plans and published variations
            "GET /public/plans/{id}",          // an issued Plan, its versions and published variations
            "GET /public/variations/{id}",     // a variation whose response to the Panel is published
            "GET /public/api/plans",           // the same as open data
            "GET /public/api/plans/{id}",
            "GET /public/api/plans/{id}/variations",
            "GET /public/api/variations/{id}",
            "GET /public/contact-points",      // advertised local contact points: where, when, staffed by whom
            "GET /public/contact-points.ics",  // their dates as an iCalendar feed
            "GET /public/api/contact-points",  // the same as open data
            "GET /sitemap.xml",                // every public page
            "GET /public/data",                // the open data downloads and their licence
            "GET /public/data/{list}.csv",     // each list of the public record as CSV
            "GET /public/meetings",            // meetings of the bodies marked PUBLIC (held in public)
            "GET /public/meetings/{id}",       // one, with its agenda as the public sees it and its public reports
            "GET /public/meetings/{id}/pack",  // its public agenda pack (exempt reports left out)
            "GET /public/reports/{id}",        // a public report to a meeting held in public
            "GET /public/reports/{id}/pdf",
            "GET /public/structure",           // the structure chart of the bodies marked PUBLIC
            "GET /public/api/reports/{id}",    // a published report as open data
            // Open311 GeoReport v2 for Open311 clients and open data: reads carry no personal data
            "GET /open311/v2/discovery.{format}",
            "GET /open311/v2/services.{format}",
            "GET /open311/v2/services/{code}.{format}",
            "GET /open311/v2/requests.{format}",
            "GET /open311/v2/requests/{id}.{format}",
            "GET /open311/v2/tokens/{token}.{format}",
            "GET /open311/v2/servicerequestupdates.{format}",
            // the two Open311 POSTs are open to reach but check the standard's api_key (or a Bearer key) in the
            // handler: without a valid key of a role that may write they answer 403 with the standard's error body
            // and store nothing (Open311RequestsTests)
            "POST /open311/v2/requests.{format}",
            "POST /open311/v2/servicerequestupdates.{format}");

    private PublicEndpoints() {
    }
}
