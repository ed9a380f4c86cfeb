package uk.saferhub.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import uk.saferhub.support.DemoUsers;

/**
 * What every browser test does with a page: sign in through the real form, load a page and check it (not an error
 * page, no axe-core violation, no Content-Security-Policy violation), and submit a form expecting its error summary.
 */
final class BrowserPages {

    private BrowserPages() {
    }

    static String url(int port, String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Signs in as a demonstration user and waits until the header offers sign-out. */
    static void signIn(ChromeDriver driver, int port, String username) {
        driver.get(url(port, "/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("header form[action$='/logout'] button")));
    }

    /** Loads a page and returns what is wrong with it. */
    static List<String> visit(ChromeDriver driver, int port, String path) {
        driver.get(url(port, path));
        return check(driver);
    }

    /** What is wrong with the page the browser is on, each finding prefixed with its address. */
    static List<String> check(ChromeDriver driver) {
        String page = driver.getCurrentUrl();
        var findings = new ArrayList<String>();
        if (PageChecks.errorCode(driver) != null) {
            findings.add(page + " showed error page " + PageChecks.errorCode(driver));
        }
        PageChecks.accessibilityViolations(driver).forEach(finding -> findings.add(page + ": " + finding));
        PageChecks.contentSecurityPolicyViolations(driver).forEach(finding -> findings.add(page + ": " + finding));
        return findings;
    }

    /** Clicks the button, expects the page back with an error summary, and returns what is wrong with it. */
    static List<String> submitExpectingErrors(ChromeDriver driver, String path, String buttonCss) {
        driver.findElement(By.cssSelector(buttonCss)).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.titleContains("Error:"));
        var findings = new ArrayList<String>();
        if (driver.findElements(By.cssSelector(".govuk-error-summary")).isEmpty()) {
            findings.add(path + " submitted without an error summary");
        }
        findings.addAll(check(driver));
        return findings;
    }

    /**
     * Clicks a link or a form's button and waits until the page it leads to has loaded. Waiting for the document to be
     * complete alone can return at once, before the browser has left the page it was on (a race seen in CI).
     */
    static void clickThrough(ChromeDriver driver, By target) {
        org.openqa.selenium.WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(page));
        waitForPage(driver);
    }

    /** Waits until the page the last click led to has loaded. */
    static void waitForPage(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(
                webDriver -> "complete".equals(((ChromeDriver) webDriver).executeScript("return document.readyState")));
    }

    /** Fetches an address with the browser's cookies (its signed-in session): for downloads the browser would show. */
    static HttpResponse<byte[]> download(ChromeDriver driver, String address) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).header("Cookie", cookies)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Loads each page again on a phone screen this wide: those wider than the screen, with their width. */
    static List<String> widerThan(ChromeDriver driver, int port, Collection<String> paths, int width) {
        var wide = new ArrayList<String>();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 844,
                "deviceScaleFactor", 3, "mobile", true));
        try {
            for (String path : paths) {
                driver.get(url(port, path));
                int shown = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).intValue();
                if (shown > width) {
                    wide.add(path + " is " + shown + " px wide");
                }
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        return wide;
    }
}
