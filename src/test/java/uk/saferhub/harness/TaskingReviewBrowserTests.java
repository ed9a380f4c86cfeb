package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingScheduler;
import uk.saferhub.meetings.NewMeeting;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.tasking.Tasking;
import uk.saferhub.tasking.TaskingEditor;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityDetails;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.tasking.internal.Rag;

/**
 * The East North East local tasking group reviews its priorities at its meeting, from the meeting's page: it carries
 * one forward, amends one to monitoring, and closes one, first without its outcome (the error summary names it and
 * keeps what was typed), then with it. Every page is axe clean, and the review fits a 390 px phone screen.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskingReviewBrowserTests {

    /** The review's own button (the header's sign-out form comes first on the page). */
    private static final String SAVE = "form[action$='/review'] button[type=submit]";

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    Partnership partnership;

    @Autowired
    MeetingScheduler scheduler;

    @Autowired
    TaskingEditor editor;

    @Autowired
    Tasking tasking;

    @Autowired
    Directory directory;

    @Autowired
    Geography geography;

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
    void theEastNorthEastGroupCarriesAmendsAndClosesItsPrioritiesAtItsMeeting() {
        Body group = partnership.bodies().stream()
                .filter(body -> body.name().equals("East North East local tasking group")).findFirst().orElseThrow();
        LocalDate day = LocalDate.of(2200 + ThreadLocalRandom.current().nextInt(700), 3, 20);
        Meeting meeting = scheduler.schedule(null, group.id(),
                new NewMeeting(null, null, day.atTime(10, 0), day.atTime(12, 0), null));
        Priority carried = priority(group, "Graffiti on the Harehills Lane shutters");
        Priority amended = priority(group, "Litter around the Seacroft shops");
        Priority closed = priority(group, "Abandoned vehicles on Gipton estate verges");

        BrowserPages.signIn(driver, port, "mstenton");
        List<String> findings = new ArrayList<>(BrowserPages.visit(driver, port, "/meetings/" + meeting.id()));
        BrowserPages.clickThrough(driver, By.linkText("Record the tasking review"));
        findings.addAll(BrowserPages.check(driver));

        row(carried).findElement(By.cssSelector("textarea[name$='.progress']")).sendKeys("Tags removed from six"
                + " shutters; PCSO patrols continue");
        choose(row(carried), "decision", "CARRY_FORWARD");

        WebElement amend = row(amended);
        amend.findElement(By.cssSelector("textarea[name$='.progress']")).sendKeys("Litter picks weekly since the "
                + "last meeting");
        choose(amend, "rag", "GREEN");
        WebElement reason = amend.findElement(By.cssSelector("textarea[name$='.ragReason']"));
        reason.clear();
        reason.sendKeys("No complaints since the picks began");
        choose(amend, "decision", "AMEND");
        new Select(amend.findElement(By.cssSelector("select[name$='.status']"))).selectByValue("MONITORING");

        choose(row(closed), "decision", "CLOSE");
        choose(row(closed), "closedAs", "CLOSED_ACHIEVED");
        findings.addAll(BrowserPages.submitExpectingErrors(driver, "review", SAVE));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter the outcome of " + closed.title());
        assertThat(row(carried).findElement(By.cssSelector("textarea[name$='.progress']")).getDomProperty("value"))
                .startsWith("Tags removed from six shutters");
        assertThat(row(closed).findElement(By.cssSelector(".govuk-tag")).getText()).isEqualTo("Active");

        row(closed).findElement(By.cssSelector("textarea[name$='.outcome']")).sendKeys("Five vehicles removed by "
                + "Environmental Services; no new reports in the cycle");
        BrowserPages.clickThrough(driver, By.cssSelector(SAVE));
        findings.addAll(BrowserPages.check(driver));
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
                .contains("Tasking review of the East North East local tasking group saved");
        assertThat(row(carried).getText()).contains("Recorded at this meeting: Carried forward");
        assertThat(row(amended).getText()).contains("Recorded at this meeting: Amended", "Monitoring");
        assertThat(row(closed).getText()).contains("Recorded at this meeting: Closed", "Closed: achieved");

        findings.addAll(BrowserPages.visit(driver, port, "/meetings/" + meeting.id()));
        assertThat(driver.findElement(By.cssSelector(".saferhub-agenda")).getText())
                .contains("Tasking review of the East North East local tasking group");
        findings.addAll(BrowserPages.visit(driver, port, "/tasking/groups/" + group.id()));
        findings.addAll(BrowserPages.visit(driver, port, "/tasking/priorities/" + amended.id()));
        assertThat(driver.findElement(By.id("history")).findElement(By.xpath("following::table[1]")).getText())
                .contains("Amended", "Litter picks weekly");

        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 3, "mobile", true));
        try {
            findings.addAll(BrowserPages.visit(driver, port, "/tasking/meetings/" + meeting.id() + "/review"));
            Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
            assertThat(width.intValue()).as("the review's width on a 390 px screen").isLessThanOrEqualTo(390);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertThat(findings).isEmpty();
    }

    private static WebElement row(Priority priority) {
        return driver.findElement(By.xpath("//fieldset[.//h2[normalize-space()='" + priority.title() + "']]"));
    }

    private static void choose(WebElement row, String field, String value) {
        WebElement radio = row.findElement(By.cssSelector("input[name$='." + field + "'][value='" + value + "']"));
        row.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']")).click();
    }

    private Priority priority(Body group, String title) {
        UUID ward = geography.places(PlaceType.WARD).stream().filter(p -> p.name().equals("Gipton & Harehills"))
                .findFirst().map(p -> p.id()).orElse(null);
        return editor.addPriority(null, group.id(), new PriorityDetails(tasking.categories().getFirst().id(),
                title + " " + UUID.randomUUID().toString().substring(0, 6), ward == null ? List.of() : List.of(ward),
                ward == null ? "Gipton & Harehills" : null, null, null, "Reported repeatedly by residents", null,
                directory.organisationNamed("Safer Leeds").orElseThrow().id(), null, List.of(), null, null,
                PriorityStatus.ACTIVE, Rag.AMBER, "Work under way", null, HandlingLevel.PARTNERSHIP));
    }
}
