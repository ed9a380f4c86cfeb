package uk.saferhub.harness;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the browser suite checks on each page it loads: axe-core's WCAG 2.2 A and AA rules, violations of the
 * Content-Security-Policy (a script or style the page was not allowed to run), and whether it is an error page.
 */
final class PageChecks {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /**
     * Legacy mode runs {@code axe.run} in the page itself; the default (runPartial, then finishRun in a new tab) finds
     * the same and takes twice as long.
     */
    private static final AxeBuilder AXE = new AxeBuilder().withTags(WCAG_TAGS).setLegacyMode(true);

    private PageChecks() {
    }

    /** Axe violations, one line per rule and element: rule id, impact, target, page and what to fix. */
    static List<String> accessibilityViolations(ChromeDriver driver) {
        String url = driver.getCurrentUrl();
        var findings = new ArrayList<String>();
        for (Rule rule : AXE.analyze(driver).getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                findings.add(rule.getId() + " [" + rule.getImpact() + "] " + node.getTarget() + " on " + url + ": "
                        + rule.getHelp() + " (" + oneLine(node.getFailureSummary()) + ")");
            }
        }
        return findings;
    }

    @SuppressWarnings("unchecked")
    static List<String> contentSecurityPolicyViolations(ChromeDriver driver) {
        Object recorded = driver.executeScript("return window.__cspViolations || []");
        return ((List<Object>) recorded).stream().map(violation -> "CSP violation on " + driver.getCurrentUrl()
                + ": " + violation).toList();
    }

    /** The status code an error page shows ("Error code: 404"), or null for a normal page. */
    static String errorCode(ChromeDriver driver) {
        var codes = driver.findElements(By.xpath("//main//p[starts-with(normalize-space(.), 'Error code:')]"));
        return codes.isEmpty() ? null : codes.getFirst().getText().replace("Error code:", "").trim();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
