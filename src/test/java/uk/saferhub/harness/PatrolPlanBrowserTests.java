package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import uk.saferhub.crimedata.CrimeAnalysis;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;

/**
 * Patrol plans in a real browser: the East North East NPT inspector proposes next week's plan for East North East
 * (its hot spots include a robbery hot spot written here), reads why each place is in it, takes a visit out; PCSO 3301
 * then reads their own visits. Every page is axe clean and fits a phone screen.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PatrolPlanBrowserTests {

    private static final int PHONE = 390;
    private static ChromeDriver driver;

    @LocalServerPort
    int port;
    @Autowired
    Geography geography;
    @Autowired
    CrimeAnalysis analysis;
    @Autowired
    JdbcClient jdbc;

    private final List<String> findings = new ArrayList<>();
    private final Set<String> visited = new LinkedHashSet<>();

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
    void anInspectorPlansTheWeekAndAPcsoReadsTheirVisits() {
        robberiesInGiptonAndHarehills();
        BrowserPages.signIn(driver, port, "ene.inspector");
        open("/workforce/patrol-plans");
        click(By.linkText("Propose a patrol plan"));
        new Select(driver.findElement(By.id("areaId"))).selectByVisibleText("East North East (City area)");
        click(By.cssSelector("main form button[type=submit]"));
        assertThat(text("h1")).isEqualTo("Patrol plan for East North East");
        assertThat(driver.findElements(By.cssSelector("figure#patrol-map svg circle"))).isNotEmpty();
        assertThat(text("#places")).contains("On or near Browser Test Lane");
        assertThat(text("main")).contains("days of harm", "Visit 1 of");
        int before = driver.findElements(By.xpath("//main//button[starts-with(normalize-space(), 'Take out')]"))
                .size();
        click(By.xpath("(//main//button[starts-with(normalize-space(), 'Take out')])[1]"));
        assertThat(text(".govuk-notification-banner")).contains("taken out");
        assertThat(driver.findElements(By.xpath("//main//button[starts-with(normalize-space(), 'Take out')]")))
                .hasSize(before - 1);

        driver.manage().deleteAllCookies();
        BrowserPages.signIn(driver, port, "pcso3301");
        open("/workforce/patrol-plans/mine");
        assertThat(text("h1")).isEqualTo("My patrol visits");
        assertThat(driver.findElements(By.cssSelector("main ul.govuk-list li"))).isNotEmpty();

        assertThat(BrowserPages.widerThan(driver, port, visited, PHONE))
                .as("pages wider than a %d px phone screen", PHONE).isEmpty();
        assertThat(findings).as("problems on the patrol plan pages").isEmpty();
    }

    private void robberiesInGiptonAndHarehills() {
        Place ene = geography.places(PlaceType.CITY_AREA).stream().filter(p -> p.name().equals("East North East"))
                .findFirst().orElseThrow();
        Place gipton = geography.places(PlaceType.WARD).stream().filter(p -> p.name().equals("Gipton & Harehills"))
                .findFirst().orElseThrow();
        YearMonth month = analysis.resolve(ene.id(), null, null, null, null).map(q -> q.to())
                .orElse(YearMonth.of(2025, 2));
        jdbc.sql("create table if not exists crimedata_street_%04d_%02d partition of crimedata_street for values "
                .formatted(month.getYear(), month.getMonthValue()) + "from ('" + month.atDay(1) + "') to ('"
                + month.plusMonths(1).atDay(1) + "')").update();
        for (int i = 0; i < 20; i++) {
            jdbc.sql("insert into crimedata_street (force_key, month, reported_by, falls_within, longitude, latitude, "
                    + "location, crime_type, ward_id) values ('west-yorkshire', ?, 'West Yorkshire Police', "
                    + "'West Yorkshire Police', -1.5001, 53.8131, 'On or near Browser Test Lane', 'Robbery', ?)")
                    .params(Date.valueOf(month.atDay(1)), gipton.id()).update();
        }
        uk.saferhub.support.CrimeTally.recount(jdbc, "west-yorkshire", month);
    }

    private void open(String path) {
        driver.get(BrowserPages.url(port, path));
        checked();
    }

    private void click(By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(page));
        BrowserPages.waitForPage(driver);
        checked();
        assertThat(driver.findElements(By.cssSelector(".govuk-error-summary")))
                .as("no errors on %s: %s", driver.getCurrentUrl(), text("main")).isEmpty();
    }

    private void checked() {
        findings.addAll(BrowserPages.check(driver));
        String url = driver.getCurrentUrl();
        visited.add(url.substring(url.indexOf('/', "http://".length())));
    }

    private String text(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.getFirst().getText();
    }
}
