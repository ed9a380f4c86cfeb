package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import uk.saferhub.shared.SaferHubProperties;

/**
 * The journey in a real browser: Huntingdonshire's coordinator imports Peterborough's wards from the reference
 * boundary files, sees that no PCSO covers them, adds a Cambridgeshire PCSO, attaches them to Central ward, and
 * watches that gap close on the coverage page. Every page on the way passes axe-core (WCAG 2.2 A and AA) and breaks
 * no Content-Security-Policy rule. Needs the reference data (always there in CI); skipped with a message otherwise.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CoverageJourneyBrowserTests {

    private static final String PETERBOROUGH = "E06000031";

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    SaferHubProperties properties;

    private final List<String> findings = new ArrayList<>();

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
    void aCoordinatorImportsWardsAttachesAPcsoAndAGapCloses() {
        var wards = properties.referenceDataPath().resolve("boundaries/wards_by_lad/" + PETERBOROUGH + ".json");
        assumeTrue(Files.isRegularFile(wards), "Skipped: no reference boundary file " + wards + "; CI always has it");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        driver.manage().deleteAllCookies();
        signIn("ewilson");

        open("/workforce/coverage?place=" + PETERBOROUGH);
        assertThat(text("main")).contains("No wards are known inside this place yet");

        // Import Peterborough's wards from the reference data, as wards of the Peterborough district.
        open("/places/import");
        Select referenceFile = new Select(driver.findElement(By.id("referenceFile")));
        referenceFile.selectByValue("wards_by_lad/" + PETERBOROUGH + ".json");
        assertThat(referenceFile.getFirstSelectedOption().getText())
                .isEqualTo("Peterborough: wards (wards_by_lad/" + PETERBOROUGH + ".json)");
        new Select(driver.findElement(By.id("type"))).selectByValue("WARD");
        type("codeProperty", "WD13CD");
        type("nameProperty", "WD13NM");
        new Select(driver.findElement(By.id("parentId"))).selectByVisibleText("Peterborough (district)");
        submit("Preview");
        assertThat(text("main")).contains("24");
        submit("Import 24 places");
        assertThat(text("main")).contains("24");

        open("/workforce/coverage?place=" + PETERBOROUGH);
        assertThat(row("Central").getText()).contains("Not covered");
        assertThat(summary("Not covered by any scheme")).isEqualTo("24");
        assertThat(driver.findElements(By.cssSelector("main svg path"))).as("the wards drawn on the map")
                .hasSizeGreaterThanOrEqualTo(24);

        // A new PCSO for Peterborough, attached to Central ward from today.
        open("/workforce/pcsos/new");
        type("name", "PCSO 7201");
        type("collarNumber", "7201");
        new Select(driver.findElement(By.id("forceId"))).selectByVisibleText("Cambridgeshire Constabulary");
        type("startDate.day", String.valueOf(today.getDayOfMonth()));
        type("startDate.month", String.valueOf(today.getMonthValue()));
        type("startDate.year", String.valueOf(today.getYear()));
        submit("Save PCSO");
        assertThat(text("h1")).contains("PCSO 7201");

        WebElement peterborough = driver.findElement(By.xpath(
                "//details[.//span[starts-with(normalize-space(), 'Peterborough')]]"));
        if (peterborough.getDomAttribute("open") == null) {
            peterborough.findElement(By.tagName("summary")).click();
        }
        peterborough.findElement(By.xpath(".//label[starts-with(normalize-space(), 'Central (')]")).click();
        driver.findElement(By.id("role")).click();
        type("from.day", String.valueOf(today.getDayOfMonth()));
        type("from.month", String.valueOf(today.getMonthValue()));
        type("from.year", String.valueOf(today.getYear()));
        submit("Attach to wards");
        assertThat(text("main")).contains("Central");

        // The gap has closed.
        open("/workforce/coverage?place=" + PETERBOROUGH);
        assertThat(row("Central").getText()).contains("Covered").doesNotContain("Not covered").contains("PCSO 7201");
        assertThat(summary("Not covered by any scheme")).isEqualTo("23");

        assertThat(findings).as("accessibility problems on the journey").isEmpty();
    }

    private WebElement row(String ward) {
        return driver.findElement(By.xpath("//table//tr[th[normalize-space()='" + ward + "']]"));
    }

    private String summary(String key) {
        return driver.findElement(By.xpath("//dl//div[dt[normalize-space()='" + key + "']]/dd")).getText().strip();
    }

    private void open(String path) {
        driver.get(url(path));
        check();
    }

    private void submit(String label) {
        driver.findElement(By.xpath("//main//form//button[normalize-space()='" + label + "']")).click();
        waitForPage();
        check();
        assertThat(driver.findElements(By.cssSelector(".govuk-error-summary")))
                .as("no errors after '%s' on %s: %s", label, driver.getCurrentUrl(), text("main")).isEmpty();
    }

    private void type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private String text(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.getFirst().getText();
    }

    private void check() {
        findings.addAll(BrowserPages.check(driver));
    }

    private void waitForPage() {
        BrowserPages.waitForPage(driver);
    }

    private void signIn(String username) {
        BrowserPages.signIn(driver, port, username);
    }

    private String url(String path) {
        return BrowserPages.url(port, path);
    }
}
