package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;


/**
 * The journey in a real browser, by clicking links and filling forms as a person would: Safer Leeds'
 * coordinator sets the South East local tasking group on a six-weekly cycle, adds the meeting that has just taken
 * place, records it as held with minutes and an action, finds the action in the overdue log and closes it. Every page
 * on the way passes axe-core (WCAG 2.2 A and AA) and breaks no Content-Security-Policy rule.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MeetingsJourneyBrowserTests {

    private static final String BODY = "South East local tasking group";

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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
    void aCoordinatorSchedulesATaskingCycleRecordsAMeetingAndClosesAnAction() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate anchor = today.plusDays(7);
        driver.manage().deleteAllCookies();
        signIn("mstenton");

        // Find the body through the partnership pages and open its schedule.
        open("/partnership/bodies?type=TASKING_GROUP");
        click(By.linkText(BODY));
        click(By.cssSelector("main a[href$='/meetings']"));
        click(By.linkText("Set how often it meets"));

        // Every six weeks from next week, 14:00 for two hours.
        driver.findElement(By.id("kind")).click();
        type("intervalWeeks", "6");
        type("anchor.day", String.valueOf(anchor.getDayOfMonth()));
        type("anchor.month", String.valueOf(anchor.getMonthValue()));
        type("anchor.year", String.valueOf(anchor.getYear()));
        type("startTime", "14:00");
        type("durationMinutes", "120");
        type("location", "Osmondthorpe One Stop Centre");
        submit();
        assertThat(text(".govuk-notification-banner")).contains("added");
        assertThat(text("#cadence")).contains("Every 6 weeks");
        assertThat(jdbc.sql("""
                select count(*) from meeting m join partnership_body b on b.id = m.body_id
                where b.name = ? and m.status = 'SCHEDULED' and m.starts_at > now()
                  and m.location = 'Osmondthorpe One Stop Centre'""").param(BODY).query(Long.class).single())
                .as("six-weekly meetings of the coming twelve months").isBetween(9L, 10L);

        // The meeting held two days ago, added by hand and recorded.
        LocalDate held = today.minusDays(2);
        click(By.linkText("Add a meeting"));
        type("purpose", "Tasking cycle review");
        type("date.day", String.valueOf(held.getDayOfMonth()));
        type("date.month", String.valueOf(held.getMonthValue()));
        type("date.year", String.valueOf(held.getYear()));
        type("startTime", "14:00");
        type("location", "Osmondthorpe One Stop Centre");
        submit();
        String meetingUrl = driver.getCurrentUrl();
        assertThat(meetingUrl).matches(".*/meetings/[0-9a-f-]{36}$");
        check();

        driver.findElement(By.xpath("//button[normalize-space()='Record as held']")).click();
        waitForPage();
        check();
        assertThat(text("main")).contains("Held");

        click(By.linkText("Add an agenda item"));
        type("title", "Anti-social behaviour around the parade of shops");
        new Select(driver.findElement(By.id("presenterPersonId"))).selectByVisibleText("South East Area Community Safety Coordinator");
        type("minutes", "Reports down since the last cycle.\nPatrols to continue on Friday evenings.");
        submit();
        assertThat(text("main")).contains("Anti-social behaviour around the parade of shops")
                .contains("Patrols to continue on Friday evenings.");

        click(By.linkText("Record an action"));
        type("description", "Ask the regulatory team to check the licensing conditions of the parade's off-licence");
        new Select(driver.findElement(By.id("ownerPersonId")))
                .selectByVisibleText("South East Regulatory Team Supervisor");
        LocalDate due = today.minusDays(1);
        type("due.day", String.valueOf(due.getDayOfMonth()));
        type("due.month", String.valueOf(due.getMonthValue()));
        type("due.year", String.valueOf(due.getYear()));
        submit();
        assertThat(text("main")).contains("check the licensing conditions");

        // The action is overdue in the log; close it.
        open("/actions?status=overdue");
        WebElement row = driver.findElement(By.xpath(
                "//tr[td[contains(., 'check the licensing conditions')]]"));
        assertThat(row.getText()).contains("Overdue");
        click(row, By.cssSelector("a.govuk-link"));
        driver.findElement(By.cssSelector("input[name=status][value=DONE]")).click();
        type("note", "Conditions checked with the licence holder on site; no breach found.");
        submit();
        assertThat(text("main")).contains("Done").contains("no breach found");

        open("/actions?status=overdue");
        assertThat(driver.findElements(By.xpath("//tr[td[contains(., 'check the licensing conditions')]]")))
                .as("a closed action is no longer overdue").isEmpty();
        open(meetingUrl.substring(meetingUrl.indexOf("/meetings/")));

        assertThat(findings).as("accessibility problems on the journey").isEmpty();
    }

    private void open(String path) {
        driver.get(url(path));
        check();
    }

    private void click(By link) {
        driver.findElement(link).click();
        waitForPage();
        check();
    }

    private void click(WebElement within, By link) {
        within.findElement(link).click();
        waitForPage();
        check();
    }

    private void submit() {
        driver.findElement(By.cssSelector("main form button[type=submit].govuk-button:not(.govuk-button--secondary)"))
                .click();
        waitForPage();
        check();
        assertThat(driver.findElements(By.cssSelector(".govuk-error-summary")))
                .as("no errors after submitting on %s: %s", driver.getCurrentUrl(), text("main")).isEmpty();
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
