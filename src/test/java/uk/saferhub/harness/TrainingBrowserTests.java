package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.geography.internal.PlaceStore;

/**
 * The training pages, filled in and with their error messages showing, pass axe-core's WCAG 2.2 A and AA rules in
 * headless Chromium and break no Content-Security-Policy rule: a council coordinator's events, attendance and
 * requirements, and a police sergeant's view of a PCSO's development record.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TrainingBrowserTests {

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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
    void theTrainingPagesAndTheirErrorStatesHaveNoAccessibilityViolations() {
        LocalDate today = LocalDate.now();
        String topic = "Responsible dog ownership service agreement " + UUID.randomUUID();
        UUID ward = place(PlaceType.WARD, "St Neots Eaton (browser)", false);
        UUID area = place(PlaceType.TRIAL_AREA, "St Neots (browser)", true);
        places.replaceWards(area, List.of(ward));
        UUID pcso = pcso("Quinn Browser");
        jdbc.sql("""
                insert into workforce_attachment (id, pcso_id, ward_id, from_date, created_at)
                values (?, ?, ?, ?, now())""").params(UUID.randomUUID(), pcso, ward,
                Date.valueOf(today.minusMonths(1))).update();
        UUID held = event("Service agreements: training for PCSOs", topic, today.minusDays(2));
        UUID coming = event("Service agreements: April training", topic, today.plusDays(20));
        jdbc.sql("""
                insert into workforce_development_entry (id, pcso_id, entry_date, kind, note, written_by, created_at)
                values (?, ?, current_date, 'OBJECTIVE', 'Attend the service agreement training', 'Sergeant', now())""")
                .params(UUID.randomUUID(), pcso).update();

        var findings = new ArrayList<String>();
        signIn("ewilson");
        findings.addAll(visit("/workforce/training/requirements"));
        driver.findElement(By.id("topic")).sendKeys(topic);
        driver.findElement(By.id("requiredBy")).sendKeys("Service agreement pilot in St Neots");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("areaId")))
                .selectByValue(area.toString());
        driver.findElement(By.cssSelector("main form[action$='/requirements'] button[type=submit]")).click();
        findings.addAll(visit("/workforce/training/requirements"));
        findings.addAll(submitExpectingErrors("/workforce/training/requirements",
                "main form[action$='/requirements'] button[type=submit]"));
        for (String page : List.of("/workforce/training", "/workforce/training/" + held,
                "/workforce/training/" + coming, "/workforce/pcsos/" + pcso + "/training")) {
            findings.addAll(visit(page));
        }
        for (String form : List.of("/workforce/training/new", "/workforce/training/" + held + "/edit")) {
            findings.addAll(visit(form));
            driver.findElement(By.id("title")).clear();
            findings.addAll(submitExpectingErrors(form, "main form[method=post] button[type=submit]"));
        }

        driver.manage().deleteAllCookies();
        signIn("central.sergeant");
        String development = "/workforce/pcsos/" + pcso + "/development";
        findings.addAll(visit(development));
        driver.findElement(By.id("note")).clear(); // a note is required
        findings.addAll(submitExpectingErrors(development, "main form[method=post] button[type=submit]"));

        assertThat(findings).as("accessibility problems on the training pages").isEmpty();
    }

    private UUID place(PlaceType type, String name, boolean madeOfWards) {
        UUID id = UUID.randomUUID();
        places.insert(new Place(id, type, "B" + id.toString().substring(0, 12), name, null, null, null, madeOfWards,
                false, "browser test"), null, Instant.now());
        return id;
    }

    private UUID pcso(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into workforce_pcso (id, name, collar_number, force_id, start_date, status, created_at,
                    updated_at) values (?, ?, ?, ?, date '2024-04-01', 'ACTIVE', now(), now())""")
                .params(id, name, "B" + id.toString().substring(0, 6), organisation(
                        "Cambridgeshire Constabulary Central Division")).update();
        return id;
    }

    private UUID event(String title, String topic, LocalDate day) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into workforce_training_event (id, title, topic, held_on, venue, invited_guests, owner_id,
                    created_at, updated_at) values (?, ?, ?, ?, 'Pathfinder House',
                    'Members of the Scrutiny Panel (Finance & Planning)', ?, now(), now())""")
                .params(id, title, topic, Date.valueOf(day), organisation("Huntingdonshire District Council"))
                .update();
        return id;
    }

    private List<String> visit(String path) {
        return BrowserPages.visit(driver, port, path);
    }

    private List<String> submitExpectingErrors(String path, String button) {
        return BrowserPages.submitExpectingErrors(driver, path, button);
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
