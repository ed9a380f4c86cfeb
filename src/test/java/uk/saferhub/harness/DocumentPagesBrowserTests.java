package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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

import uk.saferhub.documents.AgreementFixtures;
import uk.saferhub.documents.AgreementFixtures.TestArea;
import uk.saferhub.documents.Document;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.PlaceType;

/**
 * The documents pages DocumentWorkflowBrowserTests leaves out (the register with its filters and empty state, the
 * registration, details and draft forms with their errors, a document's page, a version, the comparison, the
 * attachments with a refused upload, a service agreement's page and forms with the refusal of a roll-out before an
 * evaluated pilot, and the agreements by area) pass axe-core's WCAG 2.2 A and AA rules in headless Chromium, break no
 * Content-Security-Policy rule and show what they are for.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentPagesBrowserTests {

    private static final String GOVERNANCE = "Police Community Support Officers – Governance Protocol%";
    private static final String DOG_AGREEMENT = "Service Agreement: responsible dog ownership";
    private static final String LEEDS = "Protocol to Support Local Working Between Leeds City Council Environmental"
            + " Services and Police Community Support Officers (PCSOs)";
    private static final String PRIMARY = "main form[method=post] button[type=submit]:not(.govuk-button--secondary)";

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AgreementFixtures fixtures;

    @Autowired
    Geography geography;

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

    @BeforeEach
    void signOut() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void theRegisterTheDocumentPagesAndTheirFormsWithTheirErrorsHaveNoAccessibilityViolations() {
        UUID governance = documentTitled(GOVERNANCE);
        UUID leeds = documentTitled(LEEDS);
        signIn("ewilson");

        open("/documents");
        assertThat(texts("#register tbody tr td:first-child")).anyMatch(t -> t.startsWith(
                "Police Community Support Officers – Governance Protocol"));
        new Select(driver.findElement(By.id("type"))).selectByVisibleText("Service agreement");
        new Select(driver.findElement(By.id("party"))).selectByVisibleText(
                "Cambridgeshire Constabulary Central Division");
        new Select(driver.findElement(By.id("status"))).selectByVisibleText("Draft");
        type("q", "dog");
        click(By.cssSelector("main form[method=get] button"));
        assertThat(driver.getCurrentUrl()).contains("type=SERVICE_AGREEMENT", "status=DRAFT", "q=dog");
        assertThat(texts("#register tbody tr td:first-child")).contains(DOG_AGREEMENT);
        assertThat(texts("#register tbody tr td:nth-child(2)")).containsOnly("Service agreement");
        assertThat(driver.findElements(By.linkText("Clear filters"))).hasSize(1);
        open("/documents?q=" + UUID.randomUUID());
        assertThat(text("#no-documents")).isEqualTo("No documents match. Try fewer filters.");

        open("/documents/new");
        assertThat(text("h1")).isEqualTo("Register a document");
        submitExpectingErrors();
        assertThat(text(".govuk-error-summary")).contains("Choose the type of document", "Enter the document's title");

        open("/documents/" + governance);
        assertThat(text("h1")).startsWith("Police Community Support Officers – Governance Protocol");
        assertThat(text("#document-current-version")).isEqualTo("Version 2.0");
        assertThat(controlBlock()).contains(tuple("Approved by Cabinet", "19 February 2004"));
        open("/documents/" + governance + "/compare");
        assertThat(text("h1")).isEqualTo("Compare versions");
        assertThat(text("#comparison-summary")).contains("Version 2.0");

        driver.manage().deleteAllCookies();
        signIn("mstenton");
        open("/documents/" + leeds);
        assertThat(text("h1")).isEqualTo(LEEDS);
        assertThat(text("#document-current-version")).isEqualTo("Draft Version 1.0");
        open("/documents/" + leeds + "/versions/1.0");
        assertThat(text(".govuk-caption-l")).isEqualTo("Draft Version 1.0");
        assertThat(controlBlock()).containsExactly(
                tuple("Draft Version 1.0", "October 2011"),
                tuple("Draft to Police, Environmental Services & Community Safety", "October 2011"),
                tuple("Draft to Safer Leeds Executive", "3 November 2011"),
                tuple("Approved by Safer Leeds Executive", ""),
                tuple("Date of Next Review", ""),
                tuple("Document Owner", "Martyn Stenton & Katie Rowan, Safer Leeds"));
        open("/documents/" + leeds + "/compare");
        assertThat(text("#nothing-to-compare")).contains("only one version");

        open("/documents/" + leeds + "/edit");
        assertThat(text("h1")).isEqualTo("Change the details of " + LEEDS);
        assertThat(driver.findElements(By.cssSelector("input[name=owners]:checked")).stream()
                .map(box -> driver.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText())
                .toList()).as("the owners in the order the control block names them")
                .containsExactly("Martyn Stenton (Safer Leeds)", "Katie Rowan (Safer Leeds)");
        driver.findElement(By.id("title")).clear();
        submitExpectingErrors();
        assertThat(text(".govuk-error-summary")).contains("Enter the document's title");

        open("/documents/" + leeds + "/draft");
        assertThat(text(".govuk-caption-l")).isEqualTo(LEEDS);
        assertThat(text("#draft-number")).startsWith("Saving makes Draft 1.");
        type("content", "# 1. BACKGROUND\n\n<script>alert('draft')</script>\n");
        submitExpectingErrors();
        assertThat(text(".govuk-error-summary")).contains("Line 3 contains HTML");

        open("/documents/" + leeds + "/attachments");
        assertThat(text("h1")).isEqualTo("Attachments");
        submitExpectingErrors();
        assertThat(text(".govuk-error-summary")).contains("Choose a file to attach");

        assertThat(findings).as("accessibility problems on the documents pages").isEmpty();
    }

    @Test
    void theServiceAgreementPagesTheirFormsAndTheAreasHaveNoAccessibilityViolations() {
        UUID dogs = documentTitled(DOG_AGREEMENT);
        Document approved = fixtures.approvedAgreement("Browser roll-out");
        TestArea area = fixtures.areaWithoutBoundaries("Browser area without boundaries");
        fixtures.pilot(approved, area.trialArea());
        signIn("ewilson");

        open("/documents/" + dogs + "/agreement");
        assertThat(text("h1")).isEqualTo(DOG_AGREEMENT);
        assertThat(text("main .govuk-summary-list")).contains("Council service");
        open("/documents/" + dogs + "/agreement/edit");
        assertThat(text("h1")).isEqualTo("What " + DOG_AGREEMENT + " delivers");
        driver.findElement(By.id("councilService")).clear();
        submitExpectingErrors();
        assertThat(text(".govuk-error-summary")).contains("Enter the council service delivered");
        open("/documents/" + dogs + "/pilots/new");
        assertThat(text("h1")).isEqualTo("Start a pilot of " + DOG_AGREEMENT);
        submitExpectingErrors();
        assertThat(text(".govuk-error-summary")).contains("Choose the trial area", "Enter how the pilot will be judged");
        open("/documents/" + dogs + "/rollouts/new");
        assertThat(text("h1")).isEqualTo("Roll " + DOG_AGREEMENT + " out to another area");
        submitExpectingErrors();
        assertThat(text(".govuk-error-summary")).contains("Choose the area to roll the agreement out to");

        open("/documents/" + approved.id() + "/rollouts/new");
        new Select(driver.findElement(By.id("placeId"))).selectByValue(area.district().id().toString());
        submitExpectingErrors();
        assertThat(text(".govuk-error-summary")).contains("Roll-out waits for the pilot's evaluated result");

        open("/documents/areas");
        assertThat(text("h1")).isEqualTo("Service agreements by area");
        if (geography.place(PlaceType.DISTRICT, "E07000011").isPresent()) {
            assertThat(text("main h2")).startsWith("Huntingdonshire: ");
            assertThat(texts("main table tbody th")).contains(DOG_AGREEMENT);
        } else {
            assertThat(text("main")).contains("No districts, force areas or city areas are known yet");
        }
        open("/documents/areas?place=" + area.district().id());
        assertThat(text("main h2")).isEqualTo(area.district().name() + ": 2 wards");
        assertThat(text("main")).contains("The map needs the wards' boundaries");
        assertThat(driver.findElement(By.xpath("//tr[th[normalize-space()='" + area.wards().getFirst().name()
                + "']]")).getText()).contains("Piloted");
        open("/documents/areas?place=not-a-place");
        assertThat(driver.getTitle()).startsWith("Error:");
        assertThat(text(".govuk-error-summary")).contains("Choose a place from the list");

        assertThat(findings).as("accessibility problems on the service agreement pages").isEmpty();
    }

    private UUID documentTitled(String titleLike) {
        return jdbc.sql("select id from document where title like ? order by created_at limit 1").param(titleLike)
                .query(UUID.class).single();
    }

    private List<Tuple> controlBlock() {
        return driver.findElements(By.cssSelector("#document-control tbody tr")).stream()
                .map(row -> tuple(row.findElement(By.tagName("th")).getText().strip(),
                        row.findElement(By.tagName("td")).getText().strip()))
                .toList();
    }

    private void open(String path) {
        findings.addAll(BrowserPages.visit(driver, port, path));
    }

    private void click(By button) {
        BrowserPages.clickThrough(driver, button);
        findings.addAll(BrowserPages.check(driver));
    }

    private void submitExpectingErrors() {
        findings.addAll(BrowserPages.submitExpectingErrors(driver, driver.getCurrentUrl(), PRIMARY));
    }

    private void type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private String text(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.getFirst().getText().strip();
    }

    private List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getText().strip()).toList();
    }

    private void signIn(String username) {
        BrowserPages.signIn(driver, port, username);
    }
}
