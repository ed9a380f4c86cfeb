package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * SaferHub on a phone (seed 003: PCSOs "out and about" with smart phones): the navigation walk of the desktop suite,
 * in a 390 x 844 mobile viewport, finds every page as wide as the screen (wide tables scroll inside their own box),
 * the navigation behind a Menu button, charts drawn at a size that can be read, and no axe violations.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PhoneWidthBrowserTests {

    static final int WIDTH = 390;
    static final int HEIGHT = 844;
    static final int NARROWEST = 320;

    /** What sticks out past the right edge of the screen, for the message when a page is too wide. */
    private static final String TABLE_BOXES_THAT_DO_NOT_SCROLL = """
            return [...document.querySelectorAll('.saferhub-table-scroll')]
                .filter(box => getComputedStyle(box).overflowX !== 'auto').length;""";

    private static final String WIDER_THAN_THE_SCREEN = """
            const limit = document.documentElement.clientWidth;
            const found = [];
            for (const element of document.querySelectorAll('body *')) {
              const box = element.getBoundingClientRect();
              if (box.right > limit + 1 && box.width > 0 && !element.closest('.saferhub-table-scroll')
                  && !found.some(outer => outer.contains(element))) {
                found.push(element);
              }
            }
            return found.slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                + ' ' + Math.round(e.getBoundingClientRect().right) + 'px');
            """;

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

    @BeforeEach
    void phoneScreen() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", WIDTH, "height", HEIGHT,
                "deviceScaleFactor", 3, "mobile", true));
        driver.manage().deleteAllCookies();
    }

    @ParameterizedTest(name = "{0}")
    // five of the desktop walk's eight accounts, one of each kind of organisation and role (CI has 30 minutes)
    @ValueSource(strings = {"admin", "ewilson", "central.sergeant", "panel.member", "mstenton"})
    void everyPageReachableFromTheNavigationFitsAPhoneScreen(String username) {
        BrowserPages.signIn(driver, port, username);
        var walk = new NavigationWalk(driver, port, AccessibilityBrowserTests.MAX_PAGES_PER_USER, this::visit).walk();

        assertThat(walk.visited()).as("pages visited as %s", username).hasSizeGreaterThan(3);
        assertThat(walk.findings()).as("problems at %d px wide for %s on %s", WIDTH, username, walk.visited())
                .isEmpty();
    }

    @Test
    void theNavigationIsBehindAMenuButtonThatOpensIt() {
        BrowserPages.signIn(driver, port, "mstenton");
        WebElement menu = driver.findElement(By.cssSelector(".govuk-service-navigation__toggle"));
        WebElement list = driver.findElement(By.id("navigation"));
        assertThat(menu.isDisplayed()).as("the Menu button shows on a phone").isTrue();
        assertThat(menu.getText()).isEqualTo("Menu");
        assertThat(list.isDisplayed()).as("the links are folded until the Menu button is pressed").isFalse();

        menu.click();
        assertThat(menu.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(list.isDisplayed()).isTrue();
        assertThat(list.findElements(By.cssSelector("a")).stream().map(WebElement::getText))
                .contains("Meetings", "Documents");
    }

    @Test
    void theStructureChartIsDrawnForThePhoneWithTextThatCanBeRead() {
        BrowserPages.signIn(driver, port, "mstenton");
        driver.get(BrowserPages.url(port, "/partnership/structure"));
        WebElement wide = driver.findElement(By.cssSelector("svg.saferhub-structure-chart--wide"));
        WebElement narrow = driver.findElement(By.cssSelector("svg.saferhub-structure-chart-narrow"));
        assertThat(wide.isDisplayed()).isFalse();
        assertThat(smallestTextIn(narrow)).as("the height of the smallest text in the chart, in CSS pixels")
                .isGreaterThanOrEqualTo(11);
    }

    @Test
    void theChartsCanBeReadOnTheNarrowestPhone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", NARROWEST, "height", HEIGHT,
                "deviceScaleFactor", 3, "mobile", true));
        BrowserPages.signIn(driver, port, "mstenton");
        driver.get(BrowserPages.url(port, "/partnership/bodies"));
        String body = driver.findElement(By.linkText("East North East local tasking group")).getDomProperty("href");
        driver.get(body + "/meetings");
        assertThat(smallestTextIn(driver.findElement(By.cssSelector("svg.saferhub-attendance-chart"))))
                .as("the smallest text of the attendance chart at %d px, in CSS pixels", NARROWEST)
                .isGreaterThanOrEqualTo(11);
        driver.get(BrowserPages.url(port, "/partnership/structure"));
        assertThat(smallestTextIn(driver.findElement(By.cssSelector("svg.saferhub-structure-chart-narrow"))))
                .as("the smallest text of the structure chart at %d px, in CSS pixels", NARROWEST)
                .isGreaterThanOrEqualTo(11);
        assertThat(((Number) driver.executeScript("return document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(NARROWEST);
    }

    private double smallestTextIn(WebElement chart) {
        assertThat(chart.isDisplayed()).isTrue();
        return ((Number) driver.executeScript("""
                return Math.min(...[...arguments[0].querySelectorAll('text')]
                    .map(t => t.getBoundingClientRect().height));""", chart)).doubleValue();
    }

    /** Loads a page and returns what is wrong with it at phone width. */
    @Test
    void theTaskingPagesFitTheNarrowestPhone() {
        BrowserPages.signIn(driver, port, "mstenton");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", NARROWEST, "height", HEIGHT,
                "deviceScaleFactor", 3, "mobile", true));
        List<String> findings = new ArrayList<>(narrowest("/tasking"));
        String group = path(driver.findElement(By.cssSelector("table a")).getDomProperty("href"));
        findings.addAll(narrowest(group));
        findings.addAll(narrowest(group + "/priorities/new"));
        findings.addAll(narrowest(group + "/analysis"));
        driver.get(BrowserPages.url(port, group));
        String priority = path(driver.findElement(By.cssSelector("table a")).getDomProperty("href"));
        for (String path : List.of(priority, priority + "/edit", priority + "/actions/new", "/tasking/categories")) {
            findings.addAll(narrowest(path));
        }
        assertThat(findings).as("the tasking pages at %d px", NARROWEST).isEmpty();
    }

    /**
     * A PCSO on the narrowest phone records an observation: the list, the form, the form sent with nothing in it
     * (its error summary), the form filled in as a thumb would (radios, selects, text), and the record it makes.
     */
    @Test
    void aPcsoRecordsAnObservationOnTheNarrowestPhone() {
        BrowserPages.signIn(driver, port, "pcso3301");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", NARROWEST, "height", HEIGHT,
                "deviceScaleFactor", 3, "mobile", true));
        List<String> findings = new ArrayList<>(narrowest("/observations"));
        findings.addAll(narrowest("/observations/new"));
        driver.findElement(By.id("observedDate.day")).clear();
        findings.addAll(BrowserPages.submitExpectingErrors(driver, "/observations/new", "main form button[type=submit]"));
        findings.addAll(widthOf("/observations/new with errors"));

        driver.findElement(By.cssSelector("label[for=kind]")).click();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("category")))
                .selectByVisibleText("Litter (environmental)");
        driver.findElement(By.id("location")).sendKeys("On or near Harehills Road, by the shops");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("ward")))
                .selectByVisibleText("Gipton & Harehills");
        driver.findElement(By.id("description")).sendKeys("Litter bins by the shops overflowing again at 6pm.");
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        driver.findElement(By.id("observedDate.day")).sendKeys(String.valueOf(today.getDayOfMonth()));
        driver.findElement(By.id("observedTime")).clear();
        driver.findElement(By.id("observedTime")).sendKeys("00:01");
        BrowserPages.clickThrough(driver, By.cssSelector("main form button[type=submit]"));
        assertThat(driver.getCurrentUrl()).contains("/observations/");
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("Litter");
        assertThat(driver.findElement(By.cssSelector(".govuk-summary-list")).getText())
                .contains("Harehills Road", "Gipton & Harehills", "PCSO 3301");
        findings.addAll(BrowserPages.check(driver));
        findings.addAll(widthOf(driver.getCurrentUrl()));
        assertThat(findings).as("a PCSO's observation pages at %d px", NARROWEST).isEmpty();
    }

    private List<String> widthOf(String path) {
        Number pageWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        return pageWidth.intValue() > NARROWEST ? List.of(path + " is " + pageWidth + " px wide on a " + NARROWEST
                + " px screen: " + driver.executeScript(WIDER_THAN_THE_SCREEN)) : List.of();
    }

    private List<String> narrowest(String path) {
        var findings = new ArrayList<>(BrowserPages.visit(driver, port, path));
        Number pageWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        if (pageWidth.intValue() > NARROWEST) {
            findings.add(path + " is " + pageWidth + " px wide on a " + NARROWEST + " px screen: "
                    + driver.executeScript(WIDER_THAN_THE_SCREEN));
        }
        return findings;
    }

    private static String path(String href) {
        return java.net.URI.create(href).getPath();
    }

    private List<String> visit(String path) {
        var findings = new ArrayList<>(BrowserPages.visit(driver, port, path));
        Number pageWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        if (pageWidth.intValue() > WIDTH) {
            findings.add(path + " is " + pageWidth + " px wide on a " + WIDTH + " px screen: "
                    + driver.executeScript(WIDER_THAN_THE_SCREEN));
        }
        Number unscrolled = (Number) driver.executeScript(TABLE_BOXES_THAT_DO_NOT_SCROLL);
        if (unscrolled.intValue() > 0) {
            findings.add(path + " has " + unscrolled + " table boxes that do not scroll (is saferhub.css whole?)");
        }
        return findings;
    }
}
