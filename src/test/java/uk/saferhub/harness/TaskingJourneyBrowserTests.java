package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.tasking.Tasking;
import uk.saferhub.tasking.TaskingEditor;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityDetails;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.tasking.internal.Rag;

/**
 * The journey in a real browser: residents report graffiti in East North East through Open311; Safer Leeds'
 * coordinator opens the East North East tasking group's matrix, reviews its priorities at the group's meeting of today
 * (carries one forward, amends one to monitoring, closes one with its outcome), sees the review in the matrix and the
 * priority's history, proposes a priority from the meeting's local data analysis with the residents' reports as its
 * evidence, then reads the tailored report to the East North East Area Committee, downloads its PDF, issues it and
 * attaches it to the committee's coming meeting as a paper. Every page is axe clean and as narrow as a phone screen.
 *
 * <p>Independent of the other tests on the shared database: its own meeting, priorities, reports (at a street of its
 * own) and committee meeting. The group's meeting is late today, so the reports made now fall in the cycle it
 * analyses and the report issued up to today includes it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskingJourneyBrowserTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String GROUP = "East North East local tasking group";
    private static final String COMMITTEE = "East North East Area Committee";
    /** The review's own button (the header's sign-out form comes first on the page). */
    private static final String SAVE = "form[action$='/review'] button[type=submit]";
    private static final int PHONE = 390;
    private static final int REPORTS = 4;

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

    @Autowired
    ApiKeys apiKeys;

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
    void theEastNorthEastGroupReviewsItsMatrixAtItsMeetingAndReportsToItsAreaCommittee() throws Exception {
        Body group = body(GROUP);
        Body committee = body(COMMITTEE);
        LocalDate today = tonight();
        Meeting meeting = scheduler.schedule(null, group.id(), new NewMeeting(null, "Tasking cycle review",
                today.atTime(23, 57), today.atTime(23, 59), "Seacroft Police Station"));
        Priority carried = priority(group, "Graffiti on the Roundhay Road shutters");
        Priority amended = priority(group, "Litter on the Harehills Lane parade");
        Priority closed = priority(group, "Abandoned vehicles on the Gipton estate verges");
        String street = "Journey Street " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < REPORTS; i++) {
            report(street, i);
        }

        BrowserPages.signIn(driver, port, "mstenton");

        // The group's matrix: from the tasking page, filtered to the group.
        open("/tasking");
        click(By.linkText("Tasking matrix of every group"));
        new Select(driver.findElement(By.id("group"))).selectByVisibleText(GROUP);
        click(By.cssSelector("main form[action$='/tasking/matrix'] button[type=submit]"));
        assertThat(driver.getCurrentUrl()).contains("group=" + group.id().value());
        assertThat(driver.findElements(By.cssSelector("main h2[id^='area-']"))).hasSize(1);
        assertThat(matrixRow(amended).getText()).contains("Active");

        // The review at the group's meeting.
        open("/meetings/" + meeting.id());
        click(By.linkText("Record the tasking review"));
        review(carried).findElement(By.cssSelector("textarea[name$='.progress']"))
                .sendKeys("Tags removed from four shutters; PCSO patrols continue");
        choose(review(carried), "decision", "CARRY_FORWARD");
        WebElement amend = review(amended);
        amend.findElement(By.cssSelector("textarea[name$='.progress']")).sendKeys("Litter picks weekly since May");
        choose(amend, "rag", "GREEN");
        WebElement reason = amend.findElement(By.cssSelector("textarea[name$='.ragReason']"));
        reason.clear();
        reason.sendKeys("No complaints since the picks began");
        choose(amend, "decision", "AMEND");
        new Select(amend.findElement(By.cssSelector("select[name$='.status']"))).selectByValue("MONITORING");
        choose(review(closed), "decision", "CLOSE");
        choose(review(closed), "closedAs", "CLOSED_ACHIEVED");
        review(closed).findElement(By.cssSelector("textarea[name$='.outcome']"))
                .sendKeys("Six vehicles removed by Environmental Services; no new reports in the cycle");
        click(By.cssSelector(SAVE));
        assertThat(text(".govuk-notification-banner")).contains("Tasking review of the " + GROUP + " saved");
        assertThat(review(carried).getText()).contains("Recorded at this meeting: Carried forward");
        assertThat(review(closed).getText()).contains("Recorded at this meeting: Closed", "Closed: achieved");

        // The matrix and the priority's history show it.
        open("/tasking/matrix?group=" + group.id().value() + "&cycles=12");
        assertThat(matrixRow(amended).getText()).contains("Monitoring", "Green");
        assertThat(matrixRow(closed).getText()).contains("Closed: achieved");
        click(By.linkText(amended.title()));
        assertThat(driver.findElement(By.id("history")).findElement(By.xpath("following::table[1]")).getText())
                .contains("Amended", "Litter picks weekly since May");

        // The local data analysis for the meeting, and a priority proposed from it.
        open("/meetings/" + meeting.id());
        click(By.cssSelector("main a[href*='/analysis?meeting=" + meeting.id() + "']"));
        assertThat(text("main h1")).startsWith("Local data analysis for the meeting on");
        WebElement top = driver.findElement(By.xpath("//table[@id='top-locations']//tr[contains(., '" + street
                + "')]"));
        assertThat(top.getText()).contains("Graffiti", String.valueOf(REPORTS));
        click(top, By.cssSelector("form button[type=submit]"));
        assertThat(text(".govuk-notification-banner")).contains("Proposed the priority Graffiti at " + street);
        assertThat(text("main .govuk-tag")).isEqualTo("Proposed");
        assertThat(driver.findElements(By.cssSelector("#evidence-links li"))).hasSize(REPORTS);
        String proposed = text("main h1");
        assertThat(proposed).contains(street);

        open("/tasking/groups/" + group.id().value());
        new Select(driver.findElement(By.id("status"))).selectByValue("PROPOSED");
        click(By.cssSelector("main form[method=get] button[type=submit]"));
        assertThat(text("main table")).contains(proposed);
        open("/tasking/matrix?group=" + group.id().value() + "&status=PROPOSED");
        assertThat(text("main table")).contains(proposed);

        // The tailored report to the Area Committee: page, PDF, issued, attached to its coming meeting.
        open("/tasking");
        click(By.linkText("Reports to Area Committees and Locality Partnerships"));
        click(By.linkText("Tailored report to " + COMMITTEE));
        assertThat(text("main h1")).isEqualTo("Tailored report to " + COMMITTEE);
        String current = text("main");
        assertThat(current).contains(GROUP, carried.title(), amended.title(), closed.title(), "Closed: achieved");
        String pdfLink = driver.findElement(By.linkText("Download as a PDF")).getDomProperty("href");
        assertThat(pdfText(pdfLink)).contains("Tailored report to " + COMMITTEE, closed.title());

        click(By.xpath("//main//form[contains(@action, '/issue')]//button[normalize-space()='Issue the report']"));
        assertThat(driver.getCurrentUrl()).contains("/tasking/reports/" + committee.id().value() + "/issued/");
        assertThat(text(".govuk-notification-banner")).contains("The report was issued.");
        assertThat(text("main")).contains(closed.title(), "Closed: achieved");
        String issuedPage = driver.getCurrentUrl();

        LocalDate day = today.plusWeeks(3);
        Meeting coming = scheduler.schedule(null, committee.id(), new NewMeeting(null, "Community safety update",
                day.atTime(18, 30), day.atTime(20, 0), "Shine, Harehills Road"));
        driver.navigate().refresh();
        BrowserPages.waitForPage(driver);
        new Select(driver.findElement(By.id("meetingId"))).selectByValue(coming.id().toString());
        click(By.xpath("//main//form[contains(@action, '/attach')]//button"));
        assertThat(driver.getCurrentUrl()).endsWith("/meetings/" + coming.id());
        assertThat(text(".govuk-notification-banner")).contains("attached to the meeting as a paper");
        WebElement paper = driver.findElement(By.linkText("Tailored report to " + COMMITTEE));
        assertThat(paper.getDomProperty("href")).isEqualTo(issuedPage + "/report.pdf");
        assertThat(pdfText(paper.getDomProperty("href"))).contains(closed.title());
        open(issuedPage.substring(issuedPage.indexOf("/tasking/")));
        assertThat(text("main")).contains("Attached as a paper to a meeting on");

        assertThat(visited).as("pages of the journey").hasSizeGreaterThanOrEqualTo(12);
        assertThat(BrowserPages.widerThan(driver, port, visited, PHONE)).as("pages wider than a %d px phone screen", PHONE).isEmpty();
        assertThat(findings).as("problems on the journey's pages").isEmpty();
    }

    /** Today in London, or tomorrow when the meeting at 23:57 would already have begun. */
    private static LocalDate tonight() throws InterruptedException {
        LocalDateTime now = LocalDateTime.now(LONDON);
        if (now.getHour() == 23 && now.getMinute() >= 45) {
            Thread.sleep(Duration.between(now, now.toLocalDate().plusDays(1).atTime(0, 0, 30)).toMillis());
        }
        return LocalDate.now(LONDON);
    }

    /** A resident's graffiti report through Open311 at a street of this test's own, in Roundhay ward. */
    private void report(String street, int i) throws Exception {
        String form = "service_code=GRAF&attribute%5Boffensive%5D=no&lat=" + (53.8370 + i * 0.00001) + "&long=-1.4960"
                + "&address_string=" + URLEncoder.encode(street, StandardCharsets.UTF_8)
                + "&description=" + URLEncoder.encode("Fresh tags on the wall by the bus stop", StandardCharsets.UTF_8)
                + "&api_key=" + URLEncoder.encode(apiKeys.plainKey("leeds.admin", Role.CONTRIBUTOR),
                        StandardCharsets.UTF_8);
        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(BrowserPages.url(port, "/open311/v2/requests.json")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    }

    /** A PDF downloaded with the browser's session, its status and type checked: its text. */
    private static String pdfText(String address) throws Exception {
        HttpResponse<byte[]> pdf = BrowserPages.download(driver, address);
        assertThat(pdf.statusCode()).as(address).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var printed = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(printed).replaceAll("\\s+", " ");
        }
    }

    private void open(String path) {
        driver.get(BrowserPages.url(port, path));
        checked();
    }

    private void click(By target) {
        click(driver.findElement(By.tagName("html")), target);
    }

    /** Clicks a link or button and waits for the page it leads to (the old one gone, the new one loaded). */
    private void click(WebElement within, By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        within.findElement(target).click();
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

    private static WebElement review(Priority priority) {
        return driver.findElement(By.xpath("//fieldset[.//h2[normalize-space()='" + priority.title() + "']]"));
    }

    private static WebElement matrixRow(Priority priority) {
        return driver.findElement(By.xpath("//main//tr[th//a[normalize-space()='" + priority.title() + "']]"));
    }

    private static void choose(WebElement row, String field, String value) {
        WebElement radio = row.findElement(By.cssSelector("input[name$='." + field + "'][value='" + value + "']"));
        row.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']")).click();
    }

    private Body body(String name) {
        return partnership.bodies().stream().filter(body -> body.name().equals(name)).findFirst().orElseThrow();
    }

    private Priority priority(Body group, String title) {
        UUID ward = geography.places(PlaceType.WARD).stream().filter(p -> p.name().equals("Gipton & Harehills"))
                .findFirst().map(p -> p.id()).orElseThrow();
        return editor.addPriority(null, group.id(), new PriorityDetails(tasking.categories().getFirst().id(),
                title + " " + UUID.randomUUID().toString().substring(0, 6), List.of(ward), null, null, null,
                "Reported repeatedly by residents", null, directory.organisationNamed("Safer Leeds").orElseThrow().id(),
                null, List.of(), null, null, PriorityStatus.ACTIVE, Rag.AMBER, "Work under way", null,
                HandlingLevel.PARTNERSHIP));
    }
}
