package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A variation of the Police and Crime Plan in a real browser, from draft to published response: the Commissioner's
 * chief executive drafts it beside the current Plan, records the Chief Constable's consultation (after a send refused
 * for coming first) and sends it; the Panel's scrutiny officer records the Panel's report with a recommendation; the
 * chief executive responds to it, publishes the response and issues the Plan; a visitor reads it on the public site.
 * Every page is axe clean and fits a phone screen.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanJourneyBrowserTests {

    private static final int PHONE = 390;
    private static ChromeDriver driver;

    @LocalServerPort
    int port;

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
    void aVariationFromDraftToPublishedResponse() {
        String title = "Variation of Objective 1 – browser journey " + UUID.randomUUID().toString().substring(0, 8);
        BrowserPages.signIn(driver, port, "dgregson");
        open("/plans");
        click(By.linkText("Cambridgeshire Police and Crime Plan 2013–16"));
        assertThat(text("main")).contains("Objective 1 – Maintain local police performance", "A professional team");
        click(By.id("draft-variation"));
        type("title", title);
        type("reason", "Operational developments since the last version.");
        WebElement objective = driver.findElement(By.id("objectives0.text"));
        objective.sendKeys("\n\n## Working with communities\n\nLocal policing will be enhanced through close working"
                + " relationships with voluntary, faith and community groups.");
        // Another objective is added without JavaScript: the form comes back as typed, with an empty objective 2,
        // which is left empty and so is not part of the draft.
        click(By.cssSelector("button[name=add]"));
        assertThat(driver.findElement(By.id("objectives1.number")).getAttribute("value")).isEqualTo("2");
        assertThat(driver.findElement(By.id("objectives0.text")).getAttribute("value"))
                .contains("## Working with communities");
        submit();
        assertThat(text("h1")).isEqualTo(title);
        assertThat(text("#comparison")).contains("Working with communities", "New");

        String draftPage = driver.getCurrentUrl().replaceAll(".*//[^/]+", "");
        assertThat(driver.findElements(By.id("step-send"))).as("sending is not offered before consulting").isEmpty();
        open(draftPage + "/steps/send");
        date(LocalDate.now());
        submit(false);
        assertThat(text(".govuk-error-summary")).contains("Consult the Chief Constable before sending");
        open(draftPage);
        click(By.id("step-consult"));
        date(LocalDate.now().minusDays(3));
        type("text", "The Chief Constable supports the variation.");
        submit();
        assertThat(text(".govuk-notification-banner")).contains("consultation of the Chief Constable is recorded");
        click(By.id("step-send"));
        date(LocalDate.now().minusDays(2));
        submit();

        driver.manage().deleteAllCookies();
        BrowserPages.signIn(driver, port, "panel.officer");
        open(draftPage);
        click(By.id("step-report"));
        date(LocalDate.now().minusDays(1));
        type("text", "The Panel reviewed the draft variation and supports it.");
        type("recommendations", "That the Commissioner reports on the work with community groups in a year.");
        submit();
        assertThat(text("#recommendations")).contains("reports on the work with community groups");

        driver.manage().deleteAllCookies();
        BrowserPages.signIn(driver, port, "dgregson");
        open(draftPage);
        click(By.id("step-respond"));
        date(LocalDate.now());
        type("text", "I have had regard to the Panel's report.");
        driver.findElement(By.id("answers0.response")).click();
        type("answers0.reasons", "A report will come to the Panel in a year's time.");
        submit();
        click(By.id("step-publish"));
        date(LocalDate.now());
        submit();
        click(By.id("step-issue"));
        date(LocalDate.now());
        submit();
        assertThat(text("#steps")).contains("Version");

        driver.manage().deleteAllCookies();
        open("/public/plans");
        click(By.linkText(title));
        assertThat(text("main")).contains("A report will come to the Panel in a year's time.",
                "Working with communities");

        open("/public/structure");
        assertThat(text("main")).contains("Cambridgeshire Police and Crime Panel");
        open("/public/meetings");
        click(By.partialLinkText("5 November 2014"));
        click(By.partialLinkText("Item 11"));
        open("/public/contact-points");
        assertThat(text("main")).contains("St Neots Eatons local contact point", "Call 101");

        // Seed 003's own report, composed from the demonstration's variation, from the Panel meeting's page.
        BrowserPages.signIn(driver, port, "dgregson");
        open("/plans");
        click(By.linkText("Cambridgeshire Police and Crime Plan 2013–16"));
        click(By.linkText("Variation of Objective 1 – Maintain Local Police Performance"));
        click(By.id("review-meeting"));
        click(By.linkText("The meeting's reports and its public agenda pack"));
        click(By.partialLinkText("Item 11"));
        assertThat(text("main")).contains("Agenda Item No. 11", "Public Report", "1.1", "2. RECOMMENDATIONS");
        click(By.id("edit-report"));
        submit();
        assertThat(text(".govuk-notification-banner")).contains("The report is saved");

        driver.manage().deleteAllCookies();
        BrowserPages.signIn(driver, port, "central.sergeant");
        open("/workforce/contact-points");
        click(By.linkText("St Neots Eatons local contact point"));
        assertThat(text("main")).contains("Every other Saturday", "Call off a date");
        open("/workforce/contact-points/new");

        assertThat(BrowserPages.widerThan(driver, port, visited, PHONE))
                .as("pages wider than a %d px phone screen", PHONE).isEmpty();
        assertThat(findings).as("problems on the Plan pages").isEmpty();
    }

    private void date(LocalDate day) {
        type("on.day", String.valueOf(day.getDayOfMonth()));
        type("on.month", String.valueOf(day.getMonthValue()));
        type("on.year", String.valueOf(day.getYear()));
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void submit() {
        submit(true);
    }

    private void submit(boolean withoutErrors) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(page));
        BrowserPages.waitForPage(driver);
        checked();
        if (withoutErrors) {
            assertThat(driver.findElements(By.cssSelector(".govuk-error-summary")))
                    .as("no errors on %s: %s", driver.getCurrentUrl(), text("main")).isEmpty();
        }
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
