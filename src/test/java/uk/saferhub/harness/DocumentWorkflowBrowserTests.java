package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.openqa.selenium.chrome.ChromeDriver;

import uk.saferhub.directory.Directory;
import uk.saferhub.documents.Circulation;
import uk.saferhub.documents.CirculationPurpose;
import uk.saferhub.documents.Consultations;
import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentDetails;
import uk.saferhub.documents.DocumentEditor;
import uk.saferhub.documents.DocumentType;
import uk.saferhub.documents.NewCirculation;
import uk.saferhub.documents.NewComment;
import uk.saferhub.documents.Recipient;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.HandlingLevel;

/**
 * The documents workflow pages (circulation, comments, the consultation summary, approval, in force, review,
 * withdrawal, publication, reviews due) and the public pages, filled in and with their error states showing, pass
 * axe-core's WCAG 2.2 A and AA rules in headless Chromium and break no Content-Security-Policy rule.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentWorkflowBrowserTests {

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    DocumentEditor editor;

    @Autowired
    Consultations consultations;

    @Autowired
    Partnership partnership;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

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
    void theWorkflowPagesTheirErrorStatesAndThePublicPagesHaveNoAccessibilityViolations() {
        UUID environment = organisation("Leeds City Council Environmental Services");
        Document draft = editor.register(null, new DocumentDetails(DocumentType.PROTOCOL,
                "Browser protocol " + UUID.randomUUID(), null, organisation("Safer Leeds"),
                HandlingLevel.PARTNERSHIP, partnership.bodies().stream()
                        .filter(b -> b.name().equals("Safer Leeds Executive")).findFirst().orElseThrow().id(),
                null, null, 12, Set.of(environment), List.of(person("Martyn Stenton"))),
                "# 1. BACKGROUND\n\nLeeds has PCSOs.\n\n# 2.0 PURPOSE OF THIS PROTOCOL\n\n2.1 Guidance for NPTs.\n",
                null);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Circulation circulation = consultations.circulate(null, draft.id(), new NewCirculation(
                CirculationPurpose.COMMENT, List.of(Recipient.organisation(environment, null)), null, today, false,
                today.plusDays(14), "Comments to Katie Rowan"));
        consultations.comment(null, circulation.id(), new NewComment("2.1", Recipient.organisation(environment,
                null), "Name the regulatory team officer\nwho attends the tasking meetings", today));
        String base = "/documents/" + draft.id();
        UUID governance = jdbc.sql("select id from document where title like ?")
                .param("Police Community Support Officers – Governance Protocol%").query(UUID.class).single();

        var findings = new ArrayList<String>();
        signIn("mstenton");
        findings.addAll(visit(base + "/consultation"));
        findings.addAll(visit("/documents/reviews"));
        for (String form : List.of(base + "/circulate", base + "/circulations/" + circulation.id() + "/comments/new",
                base + "/approve", base + "/in-force", base + "/review", base + "/withdraw", base + "/publish")) {
            findings.addAll(visit(form));
            findings.addAll(BrowserPages.submitExpectingErrors(driver, form,
                    "main form[method=post] button[type=submit]"));
        }

        driver.manage().deleteAllCookies();
        signIn("ewilson");
        findings.addAll(visit("/documents/" + governance + "/consultation"));
        findings.addAll(visit("/documents/reviews"));

        driver.manage().deleteAllCookies();
        findings.addAll(visit("/public/documents"));
        findings.addAll(visit("/public/documents/" + governance));

        assertThat(findings).as("accessibility problems on the documents workflow and public pages").isEmpty();
    }

    private List<String> visit(String path) {
        return BrowserPages.visit(driver, port, path);
    }

    private void signIn(String username) {
        BrowserPages.signIn(driver, port, username);
    }

    private UUID person(String name) {
        return directory.allPeopleUncheckedForDemoLoaders().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    private UUID organisation(String name) {
        return directory.organisationNamed(name).orElseThrow().id();
    }
}
