package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;

import uk.saferhub.geography.FixturePlaces;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.geography.internal.PlacesChanged;

/**
 * A place's page with its map, and the locate page with a result, an outside point and its error state, pass
 * axe-core's WCAG 2.2 A and AA rules in headless Chromium and break no Content-Security-Policy rule.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlacePagesBrowserTests {

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    PlaceStore store;

    @Autowired
    ApplicationEventPublisher events;

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
    void thePlaceAndLocatePagesHaveNoAccessibilityViolations() {
        FixturePlaces fixture = FixturePlaces.at(-10, -120).insert(store);
        events.publishEvent(new PlacesChanged(5, 0));
        signIn("ewilson");

        var findings = new ArrayList<String>();
        for (String page : List.of("/places/" + fixture.place("D").id(),
                "/places/" + fixture.place("D").id() + "?show=LSOA", "/places/" + fixture.place("W2").id(),
                "/places/locate", "/places/locate?lat=" + fixture.lat(0.5) + "&lng=" + fixture.lng(1.5),
                "/places/locate?lat=-89.9&lng=179.9", "/places/locate?lat=abc&lng=")) {
            findings.addAll(visit(page));
        }
        assertThat(driver.getTitle()).startsWith("Error:");

        assertThat(findings).as("accessibility problems on the place pages").isEmpty();
    }

    private List<String> visit(String path) {
        return BrowserPages.visit(driver, port, path);
    }

    private void signIn(String username) {
        BrowserPages.signIn(driver, port, username);
    }
}
