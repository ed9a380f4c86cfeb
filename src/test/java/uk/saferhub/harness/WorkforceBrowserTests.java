package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.workforce.internal.AttachmentRole;
import uk.saferhub.workforce.internal.NewAttachment;
import uk.saferhub.workforce.internal.PatrolAttachment;
import uk.saferhub.workforce.internal.Pcso;
import uk.saferhub.workforce.internal.PcsoDetails;
import uk.saferhub.workforce.internal.SchemeDetails;
import uk.saferhub.workforce.internal.WorkforceEditor;

/**
 * The workforce pages (overview, PCSOs, a PCSO with their attachments and the attach form, schemes, a funder, teams
 * and posts), filled in and with their error messages showing, pass axe-core's WCAG 2.2 A and AA rules in headless
 * Chromium and break no Content-Security-Policy rule.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkforceBrowserTests {

    private static final LocalDate APRIL_2024 = LocalDate.of(2024, 4, 1);

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    WorkforceEditor editor;

    @Autowired
    Directory directory;

    @Autowired
    PlaceStore places;

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
    void theWorkforcePagesAndTheirErrorStatesHaveNoAccessibilityViolations() {
        Place district = place(PlaceType.DISTRICT, "Browser district " + UUID.randomUUID(), null, 0);
        Place ward = place(PlaceType.WARD, "Browser ward one", district.id(), 1);
        place(PlaceType.WARD, "Browser ward two", district.id(), 2);
        UUID hcc = organisation("Hertfordshire County Council");
        var scheme = editor.createScheme(null, new SchemeDetails("Browser scheme " + UUID.randomUUID(), hcc,
                new BigDecimal("100"), null, 6, new BigDecimal("32000"), APRIL_2024, null,
                "Wards not covered by any other PCSO scheme", null));
        Pcso pcso = editor.createPcso(null, new PcsoDetails("Browser PCSO", "B" + UUID.randomUUID().toString()
                .substring(0, 6), organisation("Hertfordshire Constabulary"), null, null, null, scheme.id(),
                APRIL_2024, null));
        PatrolAttachment attachment = editor.attach(null, pcso.id(), new NewAttachment(List.of(ward.id()),
                AttachmentRole.DESIGNATED, APRIL_2024, null)).getFirst();

        var findings = new ArrayList<String>();
        signIn("herts.coordinator");
        for (String page : List.of("/workforce", "/workforce/pcsos", "/workforce/pcsos?status=ACTIVE",
                "/workforce/schemes", "/workforce/schemes/" + scheme.id(), "/workforce/funders/" + hcc,
                "/workforce/teams", "/workforce/pcsos/" + pcso.id() + "/edit",
                "/workforce/schemes/" + scheme.id() + "/edit")) {
            findings.addAll(visit(page));
        }
        for (String form : List.of("/workforce/pcsos/" + pcso.id(), "/workforce/pcsos/new",
                "/workforce/schemes/new")) {
            findings.addAll(visit(form));
            findings.addAll(submitExpectingErrors(form));
        }
        String end = "/workforce/attachments/" + attachment.id() + "/end";
        findings.addAll(visit(end));
        driver.findElement(By.id("to.year")).clear();
        findings.addAll(submitExpectingErrors(end));

        driver.manage().deleteAllCookies();
        signIn("mstenton");
        UUID team = organisation("East North East Leeds Neighbourhood Policing Team");
        findings.addAll(visit("/workforce/teams/" + team));
        findings.addAll(visit("/workforce/teams/" + team + "/posts"));
        driver.findElement(By.id("establishment")).clear();
        driver.findElement(By.id("establishment")).sendKeys("many");
        findings.addAll(submitExpectingErrors("/workforce/teams/" + team + "/posts"));

        assertThat(findings).as("accessibility problems on the workforce pages").isEmpty();
    }

    private Place place(PlaceType type, String name, UUID parent, int offset) {
        var place = new Place(UUID.randomUUID(), type, "B" + UUID.randomUUID().toString().substring(0, 12), name,
                parent, 0.01, null, false, true, "browser test");
        places.insert(place, PlaceStore.WGS84.toGeometry(new Envelope(-0.3 + offset * 0.01, -0.29 + offset * 0.01,
                51.7, 51.71)), Instant.now());
        return place;
    }

    private List<String> visit(String path) {
        return BrowserPages.visit(driver, port, path);
    }

    private List<String> submitExpectingErrors(String path) {
        return BrowserPages.submitExpectingErrors(driver, path, "main form[method=post] button[type=submit]");
    }

    private void signIn(String username) {
        BrowserPages.signIn(driver, port, username);
    }

    private UUID organisation(String name) {
        return directory.organisationNamed(name).orElseThrow().id();
    }

    private String url(String path) {
        return BrowserPages.url(port, path);
    }
}
