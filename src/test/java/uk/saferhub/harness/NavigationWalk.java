package uk.saferhub.harness;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A signed-in person's walk through SaferHub as the browser suite takes it: the home page, a search, every page the
 * service navigation and the header link to, and from each of those one level into its own section (same first path
 * segment, one page per URL shape, at most {@code maxPages} pages). Each page is loaded and handed to {@code check}, which
 * returns what it found wrong there.
 */
final class NavigationWalk {

    private final ChromeDriver driver;
    private final String origin;
    private final int maxPages;
    private final Function<String, List<String>> check;

    private final Set<String> shapes = new LinkedHashSet<>();
    private final List<String> visited = new ArrayList<>();
    private final Set<String> queue = new LinkedHashSet<>();
    private final List<String> findings = new ArrayList<>();

    /** {@code check} is given a path (with its query) to load and check. */
    NavigationWalk(ChromeDriver driver, int port, int maxPages, Function<String, List<String>> check) {
        this.driver = driver;
        this.origin = "http://127.0.0.1:" + port;
        this.maxPages = maxPages;
        this.check = check;
    }

    /** Takes the walk; the signed-in session is the driver's. */
    NavigationWalk walk() {
        visit(url("/"));
        visit(url("/search?q=protocol")); // the results, which no navigation link leads to without words
        Map<String, String> sections = new LinkedHashMap<>();
        for (WebElement link : driver.findElements(
                By.cssSelector(".govuk-service-navigation__link, .govuk-header__content a.govuk-header__link"))) {
            sections.put(link.getDomProperty("href"), sectionOf(link.getDomProperty("href")));
        }
        for (var section : sections.entrySet()) {
            if (visit(section.getKey()) && section.getValue() != null
                    && driver.getCurrentUrl().startsWith(url("/"))) {
                queue.addAll(linksWithin(section.getValue()));
            }
        }
        for (String link : List.copyOf(queue)) {
            visit(link);
        }
        return this;
    }

    List<String> visited() {
        return visited;
    }

    List<String> findings() {
        return findings;
    }

    /** Visits and checks the page unless its shape was seen or the cap is reached; true when it did. */
    private boolean visit(String link) {
        if (visited.size() >= maxPages || !shapes.add(shapeOf(link))) {
            return false;
        }
        URI uri = URI.create(link);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        visited.add(path);
        findings.addAll(check.apply(path));
        return true;
    }

    /** Links on the current page that stay in the section: same origin and path prefix, plain GET pages. */
    private List<String> linksWithin(String section) {
        var links = new ArrayList<String>();
        for (WebElement anchor : driver.findElements(By.cssSelector("a[href]"))) {
            String href = anchor.getDomProperty("href");
            if (href == null || !href.startsWith(url("/")) || anchor.getDomAttribute("download") != null) {
                continue;
            }
            String withoutFragment = href.replaceFirst("#.*$", "");
            String path = URI.create(withoutFragment).getRawPath();
            if ((path.equals(section) || path.startsWith(section + "/")) && !path.endsWith(".csv")) {
                links.add(withoutFragment);
            }
        }
        return links;
    }

    /** The first path segment of a navigation link ("/directory"), or null for the home page and other sites. */
    private String sectionOf(String href) {
        if (href == null || !href.startsWith(url("/"))) {
            return null;
        }
        String path = URI.create(href).getRawPath();
        String[] segments = path.split("/");
        return segments.length < 2 || segments[1].isEmpty() ? null : "/" + segments[1];
    }

    /** A URL with ids (UUIDs, numbers) generalised and the query dropped: one page per shape is visited. */
    private static String shapeOf(String link) {
        return URI.create(link).getRawPath()
                .replaceAll("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "{id}")
                .replaceAll("/\\d+(?=/|$)", "/{n}");
    }

    private String url(String path) {
        return origin + path;
    }
}
