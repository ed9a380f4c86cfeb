package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import uk.saferhub.support.DemoUsers;

/**
 * Every page a person can reach from the service navigation, for each demonstration role, passes axe-core's WCAG 2.2
 * A and AA rules in headless Chromium, runs no script or style its Content-Security-Policy forbids, and is not an
 * error page. Each navigation entry's landing page is followed one level into its own section (same first path
 * segment, one page per URL shape, at most {@value #MAX_PAGES_PER_USER} pages per user).
 *
 * <p>The server is addressed as http://127.0.0.1, where the test profile binds it. The session cookie is Secure, and
 * Chromium keeps it over plain http there (as for http://localhost): both are secure contexts to it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessibilityBrowserTests {

    static final int MAX_PAGES_PER_USER = 40;

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() throws Exception {
        Chromium.assumeInstalled();
        driver = Chromium.start();
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theOpenPagesAndTheErrorPagesHaveNoAccessibilityViolations() {
        driver.manage().deleteAllCookies();
        var findings = new ArrayList<String>();
        for (String path : List.of("/", "/login", "/accessibility")) {
            findings.addAll(visit(path, null));
        }
        findings.addAll(visitFailedSignIn());
        signIn("panel.member");
        findings.addAll(visit("/no-such-page", "404"));
        findings.addAll(visit("/actuator/prometheus", "403"));

        assertThat(findings).as("accessibility problems on the open and error pages").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "ewilson", "central.sergeant", "cambs.analyst", "panel.member", "krowan",
        "leeds.admin"})
    void everyPageReachableFromTheNavigationHasNoAccessibilityViolations(String username) {
        long started = System.nanoTime();
        driver.manage().deleteAllCookies();
        signIn(username);

        var walk = new Walk();
        walk.visit(url("/"));
        walk.visit(url("/search?q=protocol")); // the results, which no navigation link leads to without words
        Map<String, String> sections = new LinkedHashMap<>();
        for (WebElement link : driver.findElements(
                By.cssSelector(".govuk-service-navigation__link, .govuk-header__content a.govuk-header__link"))) {
            sections.put(link.getDomProperty("href"), sectionOf(link.getDomProperty("href")));
        }
        for (var section : sections.entrySet()) {
            if (walk.visit(section.getKey()) && section.getValue() != null
                    && driver.getCurrentUrl().startsWith(url("/"))) {
                linksWithin(section.getValue()).forEach(walk.queue::add);
            }
        }
        for (String link : walk.queue) {
            walk.visit(link);
        }

        System.out.printf("Browser suite: %s visited %d pages in %d ms%n", username, walk.visited.size(),
                (System.nanoTime() - started) / 1_000_000);
        assertThat(walk.visited).as("pages visited as %s", username).isNotEmpty();
        assertThat(walk.findings).as("accessibility problems for %s on %s", username, walk.visited).isEmpty();
    }

    /** The pages of one user's walk and what was found on them. */
    private final class Walk {

        final Set<String> shapes = new LinkedHashSet<>();
        final List<String> visited = new ArrayList<>();
        final Set<String> queue = new LinkedHashSet<>();
        final List<String> findings = new ArrayList<>();

        /** Visits and checks the page unless its shape was seen or the cap is reached; true when it did. */
        boolean visit(String link) {
            if (visited.size() >= MAX_PAGES_PER_USER || !shapes.add(shapeOf(link))) {
                return false;
            }
            URI uri = URI.create(link);
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            visited.add(path);
            findings.addAll(AccessibilityBrowserTests.this.visit(path, null));
            return true;
        }
    }

    /** Loads a page and checks it; an expected error code of null means it must not be an error page. */
    private List<String> visit(String path, String expectedErrorCode) {
        driver.get(url(path));
        var findings = new ArrayList<String>();
        String errorCode = PageChecks.errorCode(driver);
        if (expectedErrorCode == null && errorCode != null || expectedErrorCode != null
                && !expectedErrorCode.equals(errorCode)) {
            findings.add(path + " showed error page " + errorCode + " (expected " + expectedErrorCode + ")");
        }
        findings.addAll(PageChecks.accessibilityViolations(driver));
        findings.addAll(PageChecks.contentSecurityPolicyViolations(driver));
        return findings;
    }

    private List<String> visitFailedSignIn() {
        driver.get(url("/login"));
        submitSignIn("no.such.user", "not-the-password");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/login?failed"));
        assertThat(driver.getCurrentUrl()).contains("/login?failed");
        var findings = new ArrayList<>(PageChecks.accessibilityViolations(driver));
        findings.addAll(PageChecks.contentSecurityPolicyViolations(driver));
        return findings;
    }

    private void signIn(String username) {
        driver.get(url("/login"));
        submitSignIn(username, DemoUsers.PASSWORD);
        // The click returns before the browser has necessarily followed the redirect and loaded the next page.
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("header form[action$='/logout'] button")));
        } catch (TimeoutException e) {
            // reported by the assertion below, with the page the browser is on
        }
        assertThat(driver.findElements(By.cssSelector("header form[action$='/logout'] button")))
                .as("%s is signed in after the sign-in form (now on %s); if not, the session cookie did not stick",
                        username, driver.getCurrentUrl())
                .isNotEmpty();
    }

    private void submitSignIn(String username, String password) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
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
        return "http://127.0.0.1:" + port + path;
    }
}
