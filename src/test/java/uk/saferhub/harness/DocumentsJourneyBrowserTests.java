package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingScheduler;
import uk.saferhub.meetings.NewMeeting;
import uk.saferhub.partnership.Partnership;

/**
 * The journey in a real browser, through the pages alone: Safer Leeds' coordinator registers a protocol
 * (refused first for carrying a script), circulates Draft 1.0 for comment, records the police's comment on section
 * 2.0, makes Draft 1.1, sends it to the Safer Leeds Executive and records its approval at the Executive's meeting;
 * the document page then shows Version 2.0 with seed 001's control block, the comparison marks the changed words,
 * and a Leeds partner who is not a party sees Version 2.0 but none of the drafts. Every page on the way, error states
 * included, passes axe-core (WCAG 2.2 A and AA) and breaks no Content-Security-Policy rule.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentsJourneyBrowserTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final String EXECUTIVE = "Safer Leeds Executive";
    private static final String CONSULTEES = "Police, Environmental Services & Community Safety";

    /** Seed 001's first sections, in SaferHub section markup. */
    private static final String SECTIONS = """
            # 1. BACKGROUND

            Leeds currently has over 320 PCSOs working across the city and Leeds City Council provides a 30% \
            contribution towards 170 of these posts.

            # 2.0 PURPOSE OF THIS PROTOCOL

            This protocol provides guidance for NPTs, PCSOs and Council Officers to jointly deliver better outcomes \
            in respect of environmental issues and enforcement in localities across the city.

            # 3.0 WHAT ENVIRONMENTAL SUPPORT ISSUES WILL PCSOs BE INVOLVED IN?

            PCSOs will play a pro-active and re-active role in addressing environmental concerns that have been \
            raised.
            """;
    private static final String WITH_SCRIPT = SECTIONS.replace("# 3.0",
            "<script>alert('protocol')</script>\n\n# 3.0");
    private static final String REVISED = SECTIONS.replace("jointly deliver better outcomes",
            "jointly deliver better and lasting outcomes, with West Yorkshire Police,");

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    MeetingScheduler scheduler;

    @Autowired
    Partnership partnership;

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
    void aProtocolGoesFromDraftThroughConsultationToApprovalAndOnlyItsVersionReachesAPartnerWhoIsNotAParty() {
        LocalDate today = LocalDate.now(LONDON);
        LocalDate sentForComment = today.minusDays(14);
        LocalDate commentsClose = today.plusDays(7);
        LocalDate commentReceived = today.minusDays(7);
        LocalDate sentForApproval = today.minusDays(3);
        LocalDate meetingDay = today.minusDays(1);
        Meeting meeting = heldMeetingOfTheExecutive(meetingDay);
        String title = "Protocol to Support Local Working (journey " + UUID.randomUUID().toString().substring(0, 8)
                + ")";
        driver.manage().deleteAllCookies();
        signIn("mstenton");

        // Register the protocol: first with a script in its content, which is refused with its line.
        open("/documents");
        click(By.linkText("Register a document"));
        new Select(driver.findElement(By.id("type"))).selectByVisibleText("Protocol");
        type("title", title);
        type("summary", "Guidance for NPTs, PCSOs and Council Officers to jointly deliver better outcomes in"
                + " respect of environmental issues (seed 001).");
        assertThat(new Select(driver.findElement(By.id("owningOrganisationId"))).getFirstSelectedOption().getText())
                .isEqualTo("Safer Leeds");
        tick("parties", "Leeds City Council Environmental Services");
        tick("parties", "West Yorkshire Police Leeds District");
        tick("owners", "Martyn Stenton (Safer Leeds)");
        new Select(driver.findElement(By.id("approvingBodyId"))).selectByVisibleText(EXECUTIVE);
        type("reviewPeriodMonths", "12");
        type("content", WITH_SCRIPT);
        submitExpectingErrors();
        int scriptLine = WITH_SCRIPT.lines().toList().indexOf("<script>alert('protocol')</script>") + 1;
        assertThat(text(".govuk-error-summary")).contains("Line " + scriptLine + " contains HTML");
        assertThat(driver.findElements(By.cssSelector(".govuk-error-summary a[href='#content']"))).isNotEmpty();

        // Put it right, adding Katie Rowan as the second owner (the form lists those chosen first, in their order,
        // so the control block names Martyn Stenton first), and Draft 1.0 is made.
        tick("owners", "Katie Rowan (Safer Leeds)");
        type("content", SECTIONS);
        submit();
        assertThat(text(".govuk-notification-banner")).contains(title, "registered with Draft 1.0");
        assertThat(text("#document-current-version")).isEqualTo("Draft Version 1.0");
        String documentPath = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("/documents/"));

        // Circulate Draft 1.0 for comment to the police and Environmental Services.
        click(By.partialLinkText("Circulate the draft"));
        tickLabel("For comment");
        tickIn("Who is it going to?", "West Yorkshire Police Leeds District");
        tickIn("Who is it going to?", "Leeds City Council Environmental Services");
        type("recipientsLabel", CONSULTEES);
        date("sent", sentForComment);
        date("closes", commentsClose);
        submit();
        assertThat(text(".govuk-notification-banner")).contains("Draft 1.0 sent to " + CONSULTEES);

        // The police's comment on section 2.0, recorded from the consultation page.
        click(By.linkText("See the comments received"));
        click(By.partialLinkText("Record a comment"));
        tickLabel("West Yorkshire Police Leeds District");
        Select section = new Select(driver.findElement(By.id("sectionRef")));
        section.getOptions().stream().filter(o -> o.getText().contains("PURPOSE OF THIS PROTOCOL")).findFirst()
                .orElseThrow().click();
        type("text", "Say that the outcomes should last, and name West Yorkshire Police as a partner in them.");
        date("received", commentReceived);
        submit();
        assertThat(text(".govuk-notification-banner")).contains("Comment on Draft 1.0 recorded");
        click(By.linkText("See the comments received"));
        assertThat(text("main")).contains("PURPOSE OF THIS PROTOCOL", "name West Yorkshire Police as a partner");
        click(By.linkText("Back to the document"));

        // Edit the draft: Draft 1.0 was sent, so saving makes Draft 1.1.
        click(By.linkText("Edit the draft"));
        assertThat(text("#draft-number")).contains("Saving makes Draft 1.1");
        type("content", REVISED);
        type("changeNote", "The police's comment on section 2.0 taken in");
        submit();
        assertThat(text(".govuk-notification-banner")).contains("Draft 1.1 saved");
        assertThat(text("#document-current-version")).isEqualTo("Draft Version 1.1");

        // Send Draft 1.1 to the Safer Leeds Executive for approval.
        click(By.partialLinkText("Circulate the draft"));
        tickLabel("To the approving body for approval");
        date("sent", sentForApproval);
        submit();
        assertThat(text(".govuk-notification-banner")).contains("Draft 1.1 sent to " + EXECUTIVE);

        // Record the approval: choosing nothing is refused; the Executive's meeting approves it.
        click(By.linkText("Record the approval"));
        assertThat(text("main")).contains("Comments received (1)", "name West Yorkshire Police as a partner");
        submitExpectingErrors();
        assertThat(text(".govuk-error-summary")).contains("Choose the meeting of " + EXECUTIVE);
        driver.findElement(By.cssSelector("label[for='" + driver.findElement(By.cssSelector(
                "input[name=approval][value='" + meeting.id() + "']")).getAttribute("id") + "']")).click();
        submit();
        assertThat(text(".govuk-notification-banner")).contains("Approved by " + EXECUTIVE,
                "Draft 1.1 is now Version 2.0");

        // The document page: approved, Version 2.0, and seed 001's control block kept by SaferHub.
        assertThat(driver.findElement(By.xpath("//dl[@id='document-details']//dt[normalize-space()='Status']"
                + "/following-sibling::dd")).getText()).isEqualTo("Approved");
        assertThat(text("#document-current-version")).isEqualTo("Version 2.0");
        assertThat(controlBlock()).containsExactly(
                tuple("Version 2.0", DAY.format(meetingDay)),
                tuple("Draft to " + CONSULTEES, DAY.format(sentForComment)),
                tuple("Draft to " + EXECUTIVE, DAY.format(sentForApproval)),
                tuple("Approved by " + EXECUTIVE, DAY.format(meetingDay)),
                tuple("Date of Next Review", DAY.format(meetingDay.plusMonths(12))),
                tuple("Document Owner", "Martyn Stenton & Katie Rowan, Safer Leeds"));
        WebElement pdf = driver.findElement(By.partialLinkText("Download as PDF"));
        assertThat(pdf.getAttribute("href")).endsWith(documentPath + "/pdf");

        // Draft 1.0 keeps its own control block: its month and the circulation it went out on.
        click(By.linkText("Draft 1.0"));
        assertThat(controlBlock().subList(0, 2)).containsExactly(
                tuple("Draft Version 1.0", MONTH.format(today)),
                tuple("Draft to " + CONSULTEES, DAY.format(sentForComment)));
        assertThat(controlBlock()).extracting(row -> row.toList().getFirst()).doesNotContain("Draft to " + EXECUTIVE);
        click(By.linkText("Back to the document"));

        // Compare Draft 1.0 with Version 2.0: the words changed are marked.
        click(By.linkText("Compare versions"));
        new Select(driver.findElement(By.id("from"))).selectByVisibleText("Draft 1.0");
        new Select(driver.findElement(By.id("to"))).selectByVisibleText("Version 2.0");
        click(By.cssSelector("main form button.govuk-button--secondary"));
        assertThat(text("#comparison-summary")).contains("From Draft 1.0 to Version 2.0");
        assertThat(driver.findElements(By.cssSelector(".app-compare ins")).stream().map(WebElement::getText)
                .reduce("", String::concat)).contains("lasting", "West Yorkshire Police");

        // A Leeds partner who is not a party sees Version 2.0 and none of the drafts.
        driver.manage().deleteAllCookies();
        signIn("ene.homes");
        open(documentPath);
        assertThat(text("h1")).isEqualTo(title);
        assertThat(text("#document-current-version")).isEqualTo("Version 2.0");
        assertThat(driver.findElements(By.cssSelector("main a[href*='/versions/']")).stream()
                .map(a -> a.getText()).toList()).containsExactly("Version 2.0");
        assertThat(text("main")).doesNotContain("Draft Version", "Edit the draft");
        driver.get(BrowserPages.url(port, documentPath + "/versions/1.0"));
        assertThat(PageChecks.errorCode(driver)).as("Draft 1.0 for a partner who is not a party").isEqualTo("404");
        findings.addAll(PageChecks.accessibilityViolations(driver));
        findings.addAll(PageChecks.contentSecurityPolicyViolations(driver));

        assertThat(findings).as("accessibility problems on the documents journey").isEmpty();
    }

    /** A meeting of the Safer Leeds Executive on the day, recorded as held: set up as data, not through the pages. */
    private Meeting heldMeetingOfTheExecutive(LocalDate day) {
        var executive = partnership.bodies().stream().filter(b -> b.name().equals(EXECUTIVE)).findFirst()
                .orElseThrow();
        Meeting meeting = scheduler.schedule(null, executive.id(), new NewMeeting(null,
                "Protocol to support local working", day.atTime(10, 0), day.atTime(12, 0), "Civic Hall, Leeds"));
        return scheduler.markHeld(null, meeting.id());
    }

    /** The rows of the document control block on the page, as (label, value). */
    private List<org.assertj.core.groups.Tuple> controlBlock() {
        return driver.findElements(By.cssSelector("#document-control tbody tr")).stream()
                .map(row -> tuple(row.findElement(By.tagName("th")).getText().strip(),
                        row.findElement(By.tagName("td")).getText().strip()))
                .toList();
    }

    private void open(String path) {
        driver.get(BrowserPages.url(port, path));
        check();
    }

    private void click(By link) {
        BrowserPages.clickThrough(driver, link);
        check();
    }

    /** Submits the page's form and expects it saved: no error summary on the page it leads to. */
    private void submit() {
        BrowserPages.clickThrough(driver, primaryButton());
        check();
        assertThat(driver.findElements(By.cssSelector(".govuk-error-summary")))
                .as("no errors after submitting on %s: %s", driver.getCurrentUrl(), text("main")).isEmpty();
    }

    /** Submits the page's form and expects it back with the GOV.UK error summary. */
    private void submitExpectingErrors() {
        String path = driver.getCurrentUrl();
        findings.addAll(BrowserPages.submitExpectingErrors(driver, path,
                "main form[method=post] button[type=submit].govuk-button:not(.govuk-button--secondary)"));
    }

    private static By primaryButton() {
        return By.cssSelector("main form[method=post] button[type=submit].govuk-button:not(.govuk-button--secondary)");
    }

    private void type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void date(String prefix, LocalDate day) {
        type(prefix + ".day", String.valueOf(day.getDayOfMonth()));
        type(prefix + ".month", String.valueOf(day.getMonthValue()));
        type(prefix + ".year", String.valueOf(day.getYear()));
    }

    /** Ticks the box of a checkbox list (by the name of its inputs) whose label is the text, unless already ticked. */
    private void tick(String name, String label) {
        WebElement box = driver.findElement(By.xpath("//input[@name='" + name + "' and @id=//label[normalize-space()='"
                + label + "']/@for]"));
        if (!box.isSelected()) {
            driver.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).click();
        }
    }

    /** Ticks the box labelled with the text inside the fieldset with the legend. */
    private void tickIn(String legend, String label) {
        driver.findElement(By.xpath("//fieldset[legend[normalize-space()='" + legend + "']]//label[normalize-space()='"
                + label + "']")).click();
    }

    /** Clicks the radio or checkbox labelled with the text. */
    private void tickLabel(String label) {
        driver.findElement(By.xpath("//main//label[normalize-space()='" + label + "']")).click();
    }

    private String text(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.getFirst().getText().strip();
    }

    private void check() {
        findings.addAll(BrowserPages.check(driver));
    }

    private void signIn(String username) {
        BrowserPages.signIn(driver, port, username);
    }
}
