package uk.saferhub.harness;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The headless Chromium of the browser suite, from Debian's {@code chromium} and {@code chromium-driver} packages
 * (paths overridable with SAFERHUB_CHROMIUM and SAFERHUB_CHROMEDRIVER). Nothing is ever downloaded. When either is
 * missing the suite is skipped and says why, unless SAFERHUB_BROWSER_TESTS=required (as in CI), when it fails.
 */
final class Chromium {

    static final String BROWSER = env("SAFERHUB_CHROMIUM", "/usr/bin/chromium");
    static final String DRIVER = env("SAFERHUB_CHROMEDRIVER", "/usr/bin/chromedriver");

    /** Reports violations of CSP as the page loads; CDP scripts are not subject to the page's policy. */
    private static final String RECORD_CSP_VIOLATIONS = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e =>
                window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')
                    + (e.sourceFile ? ' at ' + e.sourceFile + ':' + e.lineNumber : '')));
            """;

    private Chromium() {
    }

    /** Skips (or, when required, fails) the calling test class unless Chromium and its driver are installed. */
    static void assumeInstalled() {
        String missing = !Files.isExecutable(Path.of(BROWSER)) ? BROWSER
                : !Files.isExecutable(Path.of(DRIVER)) ? DRIVER : null;
        if (missing == null) {
            return;
        }
        String reason = "Browser tests skipped: " + missing + " is not installed (apt-get install chromium "
                + "chromium-driver). Set SAFERHUB_BROWSER_TESTS=required to make this a failure.";
        if ("required".equalsIgnoreCase(System.getenv("SAFERHUB_BROWSER_TESTS"))) {
            throw new AssertionError("SAFERHUB_BROWSER_TESTS=required but " + missing + " is not installed");
        }
        System.err.println(reason);
        Assumptions.abort(reason);
    }

    /** A fresh headless browser with its own empty profile. */
    static ChromeDriver start() throws IOException {
        Path profile = Files.createTempDirectory("saferhub-chromium-");
        var options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--user-data-dir=" + profile, "--window-size=1280,1024", "--lang=en-GB");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).usingAnyFreePort()
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
        return driver;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
