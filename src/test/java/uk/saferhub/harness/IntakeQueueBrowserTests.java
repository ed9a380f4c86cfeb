package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.ApiKeys;

/**
 * The intake queue of the East North East neighbourhood policing team, with a report posted by an Open311 client in
 * Roundhay and the triage form's error state, passes axe-core's WCAG 2.2 A and AA rules in headless Chromium and
 * breaks no Content-Security-Policy rule. Needs the reference geography (Leeds' areas).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IntakeQueueBrowserTests {

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    ApiKeys apiKeys;

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
    void theQueueAndItsErrorStateHaveNoAccessibilityViolations() throws Exception {
        Assumptions.assumeTrue(geography.place(PlaceType.CITY_AREA, "LEEDS-ENE").isPresent(),
                "Skipped: no Leeds areas in the demonstration geography (reference data missing)");
        String form = "service_code=ASB&lat=53.8385&long=-1.4988&first_name=Browser&email=browser%40example.org"
                + "&description=" + URLEncoder.encode("Youths gathering by the park gates", StandardCharsets.UTF_8)
                + "&api_key=" + URLEncoder.encode(apiKeys.plainKey("leeds.admin", Role.CONTRIBUTOR),
                        StandardCharsets.UTF_8);
        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(BrowserPages.url(port, "/open311/v2/requests.xml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);

        BrowserPages.signIn(driver, port, "ene.inspector");
        var findings = new ArrayList<String>(BrowserPages.visit(driver, port, "/intake"));
        assertThat(driver.getPageSource()).contains("Youths gathering by the park gates", "browser@example.org");
        findings.addAll(BrowserPages.submitExpectingErrors(driver, "/intake", "main form button[type=submit]"));
        assertThat(findings).isEmpty();
    }
}
