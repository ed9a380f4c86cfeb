package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
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

import uk.saferhub.crimedata.CrimeFigures;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.SaferHubProperties;

/**
 * The crime data journey in a real browser, with the real Leeds street-level file: Safer Leeds' coordinator uploads
 * it from the imports page and follows the import on its status page until it has loaded, opens the crime analysis,
 * chooses Leeds in the form (no script needed), reads the trend chart, the wards and the hot spots,
 * follows a ward to its own analysis, then opens the East North East tasking group's local data analysis, its crime
 * evidence pack and the pack's PDF. Every page is axe clean and fits a phone screen. Skipped, saying so, without the
 * reference data folder.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CrimeJourneyBrowserTests {

    private static final String LEEDS_FILE = "crime-street/leeds/crimedataleeds.csv";
    private static final String GROUP = "East North East local tasking group";
    private static final int PHONE = 390;

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    CrimeFigures figures;

    @Autowired
    SaferHubProperties properties;

    @Autowired
    Partnership partnership;

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
    void aCoordinatorReadsLeedsCrimeAndTakesTheEvidencePackToTheTaskingMeeting() throws Exception {
        Path leeds = properties.referenceDataPath().resolve(LEEDS_FILE);
        Assumptions.assumeTrue(Files.isRegularFile(leeds), "Skipped: " + leeds + " is not here");
        BrowserPages.signIn(driver, port, "mstenton");

        open("/crime");
        click(By.linkText("Import crime data files, and see what is held"));
        click(By.linkText("Import a file"));
        driver.findElement(By.id("file")).sendKeys(leeds.toAbsolutePath().toString());
        click(By.cssSelector("main form button[type=submit]"));
        assertThat(text("h1")).isEqualTo("crimedataleeds.csv");
        awaitImport();
        checked();
        assertThat(text("#status")).isEqualTo("Loaded");
        assertThat(text("#replaced")).contains("west-yorkshire", "February 2025", "8,009");
        assertThat(figures.count("west-yorkshire", YearMonth.of(2025, 2))).isEqualTo(8009);

        // Then the month's outcomes file, made here from the same real rows as data.police.uk's outcomes files are.
        Path outcomes = outcomesOf(leeds);
        open("/crime/imports/new");
        driver.findElement(By.id("file")).sendKeys(outcomes.toAbsolutePath().toString());
        click(By.cssSelector("main form button[type=submit]"));
        awaitImport();
        checked();
        assertThat(text("#status")).isEqualTo("Loaded");
        assertThat(text("#replaced")).contains("west-yorkshire", "February 2025", "Outcomes");
        click(By.linkText("See the crime analysis"));
        driver.findElement(By.cssSelector("details summary")).click();
        new Select(driver.findElement(By.id("place"))).selectByVisibleText("Leeds (District)");
        driver.findElement(By.id("from")).clear();
        driver.findElement(By.id("to")).clear();
        click(By.cssSelector("main form button[type=submit]"));
        assertThat(text("h1")).isEqualTo("Crime in Leeds");
        assertThat(driver.findElements(By.cssSelector("svg.saferhub-trend-chart"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("figure#crime-ward-map svg path"))).hasSizeGreaterThan(30);
        assertThat(text("#headline")).contains("8,").contains("February 2025");
        assertThat(text("#crime-types")).contains("Anti-social behaviour", "Environmental");
        assertThat(driver.findElements(By.cssSelector("#hot-cells tbody tr"))).isNotEmpty();
        assertThat(text("#locations-by-harm")).contains("On or near");
        assertThat(text("#outcomes")).contains("Under investigation");

        WebElement firstWard = driver.findElement(By.cssSelector("#wards tbody tr th a"));
        String ward = firstWard.getText();
        click(By.cssSelector("#wards tbody tr th a"));
        assertThat(text("h1")).isEqualTo("Crime in " + ward);

        String group = partnership.bodies().stream().filter(body -> body.name().equals(GROUP)).findFirst()
                .orElseThrow().id().value().toString();
        open("/tasking/groups/" + group + "/analysis");
        assertThat(text("main")).contains("Recorded crime in East North East");
        click(By.partialLinkText("crime evidence pack"));
        assertThat(text("h1")).startsWith("Crime evidence pack");
        assertThat(driver.findElements(By.cssSelector("svg.saferhub-trend-chart"))).isNotEmpty();
        String pdf = driver.findElement(By.partialLinkText("evidence pack (PDF)")).getDomProperty("href");
        HttpResponse<byte[]> download = BrowserPages.download(driver, pdf);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var printed = Loader.loadPDF(download.body())) {
            assertThat(new PDFTextStripper().getText(printed).replaceAll("\\s+", " "))
                    .contains("Crime evidence pack", "Recorded crime in East North East", "Top snap points by harm");
        }

        assertThat(BrowserPages.widerThan(driver, port, visited, PHONE))
                .as("pages wider than a %d px phone screen", PHONE).isEmpty();
        assertThat(findings).as("problems on the journey's pages").isEmpty();
    }

    /** An outcomes file of the street-level file's crimes that have an outcome: their first nine columns and it. */
    private static Path outcomesOf(Path street) throws java.io.IOException {
        Path file = Files.createTempFile("2025-02-west-yorkshire-", "-outcomes.csv");
        file.toFile().deleteOnExit();
        List<String> lines = new ArrayList<>(List.of("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,"
                + "Location,LSOA code,LSOA name,Outcome type"));
        try (var reader = Files.newBufferedReader(street, java.nio.charset.StandardCharsets.UTF_8);
                var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().get().parse(reader)) {
            for (org.apache.commons.csv.CSVRecord record : parser) {
                String[] cells = record.values();
                if (record.getRecordNumber() == 1 || cells.length != 12 || cells[0].isEmpty() || cells[10].isEmpty()) {
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(cells).subList(0, 9));
                row.add(cells[10]);
                lines.add(String.join(",", row.stream().map(cell -> '"' + cell.replace("\"", "\"\"") + '"')
                        .toList()));
            }
        }
        Files.write(file, lines, java.nio.charset.StandardCharsets.UTF_8);
        return file;
    }

    /** Follows an import's status page until it is no longer importing. */
    private void awaitImport() throws InterruptedException {
        for (int wait = 0; wait < 120 && text("#status").equals("Importing"); wait++) {
            Thread.sleep(500);
            driver.navigate().refresh();
            BrowserPages.waitForPage(driver);
        }
    }

    private void open(String path) {
        driver.get(BrowserPages.url(port, path));
        checked();
    }

    /** Clicks a link or button and waits for the page it leads to. */
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
