package uk.saferhub.crimedata.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.crimedata.CrimeFigures;
import uk.saferhub.crimedata.CrimeImports;
import uk.saferhub.crimedata.ImportRun;
import uk.saferhub.crimedata.internal.CrimeImporter;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * Importing from the pages: who may, the upload started in the background and followed on its status page (which
 * refreshes itself only while the import runs, unless asked not to), what it loaded and left out (as a page and a
 * CSV), a file refused whole changing nothing, and a form without a usable file refused beside its field.
 */
@SaferHubTest
class CrimeImportPagesTests {

    /** Gwent, May 2013: no other test holds that force-month. One row is in the future, one has bad coordinates. */
    private static final String GWENT = """
            Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\r
            ,2013-05,Gwent Police,Gwent Police,-3.002931,51.588238,On or near Commercial Street,W01001500,Newport 013A,Anti-social behaviour,,\r
            a1b2c3,2013-05,Gwent Police,Gwent Police,-3.001212,51.587101,On or near High Street,W01001500,Newport 013A,Burglary,Under investigation,\r
            d4e5f6,2099-05,Gwent Police,Gwent Police,-3.001212,51.587101,On or near High Street,W01001500,Newport 013A,Burglary,,\r
            g7h8i9,2013-05,Gwent Police,Gwent Police,west,51.587101,On or near Dock Street,W01001500,Newport 013A,Robbery,,\r
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers users;
    @Autowired
    CrimeImports imports;
    @Autowired
    CrimeFigures figures;
    @Autowired
    CrimeImporter importer;

    @Test
    void onlyCoordinatorsAndAdministratorsImport() throws Exception {
        for (String page : new String[] {"/crime/imports", "/crime/imports/new"}) {
            AccessMatrix.forPage(mvc, page).anonymousRedirectsToSignIn()
                    .forbiddenFor(users.as("krowan"), users.as("ene.homes"), users.as("panel.member"))
                    .okFor(users.as("mstenton"), users.as("leeds.admin"), users.as("herts.coordinator"));
        }
        UUID run = importer.begin("waiting.csv", 10L, null);
        AccessMatrix.forPage(mvc, "/crime/imports/" + run).anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("krowan"), users.as("central.sergeant"))
                .okFor(users.as("mstenton"), users.as("herts.coordinator"));
        AccessMatrix.forPage(mvc, "/crime/imports/" + UUID.randomUUID()).notFoundFor(users.as("mstenton"));
    }

    @Test
    void anUploadIsImportedInTheBackgroundAndItsPageShowsWhatWasLoadedAndLeftOut() throws Exception {
        MvcResult posted = mvc.perform(multipart("/crime/imports/new")
                        .file(new MockMultipartFile("file", "2013-05-gwent-street.csv", "text/csv",
                                GWENT.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(users.as("mstenton")))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = posted.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/crime/imports/");
        UUID run = UUID.fromString(location.substring("/crime/imports/".length()));

        ImportRun finished = await(run);
        assertThat(finished.status()).isEqualTo("loaded");
        assertThat(finished.rowsLoaded()).isEqualTo(2);
        assertThat(finished.rowsRejected()).isEqualTo(2);
        assertThat(finished.startedBy()).isEqualTo(users.actor("mstenton").id());
        assertThat(figures.count("gwent", YearMonth.of(2013, 5))).isEqualTo(2);

        MvcResult shown = mvc.perform(get(location).with(users.as("mstenton")))
                .andExpect(status().isOk()).andExpect(header().doesNotExist("Refresh")).andReturn();
        Document page = Jsoup.parse(shown.getResponse().getContentAsString());
        assertThat(page.select("#status").text()).isEqualTo("Loaded");
        assertThat(page.select("#replaced").text()).contains("gwent", "May 2013");
        assertThat(page.select("#rejected tbody tr")).hasSize(2);
        assertThat(page.select("#rejected").text()).contains("2013-05-gwent-street.csv", "has not happened yet",
                "are not numbers");
        String csv = mvc.perform(get(location + "/rejected.csv").with(users.as("mstenton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("File,Line,Reason").contains("2013-05-gwent-street.csv,4,", "2013-05-gwent-street.csv,5,");
        assertThat(Jsoup.parse(mvc.perform(get("/crime/imports").with(users.as("leeds.admin"))).andReturn()
                .getResponse().getContentAsString()).select("#runs").text()).contains("2013-05-gwent-street.csv");
    }

    @Test
    void aFileRefusedWholeChangesNothingAndSaysWhy() throws Exception {
        long before = figures.count("gwent", YearMonth.of(2013, 5));
        MvcResult posted = mvc.perform(multipart("/crime/imports/new")
                        .file(new MockMultipartFile("file", "minutes.csv", "text/csv",
                                "Minutes of the meeting\nItem 1, apologies\n".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(users.as("mstenton")))
                .andExpect(status().is3xxRedirection()).andReturn();
        UUID run = UUID.fromString(posted.getResponse().getRedirectedUrl().substring("/crime/imports/".length()));

        assertThat(await(run).status()).isEqualTo("refused");
        assertThat(figures.count("gwent", YearMonth.of(2013, 5))).isEqualTo(before);
        Document page = Jsoup.parse(mvc.perform(get("/crime/imports/" + run).with(users.as("mstenton"))).andReturn()
                .getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("nothing was changed",
                "is not a data.police.uk street-level or outcomes CSV file");
    }

    @Test
    void aFormWithoutAFileOrWithTheWrongKindIsRefusedBesideItsField() throws Exception {
        Document none = Jsoup.parse(mvc.perform(multipart("/crime/imports/new").with(csrf())
                .with(users.as("mstenton"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(none.select(".govuk-error-summary").text()).contains("Choose a file to import");
        Document word = Jsoup.parse(mvc.perform(multipart("/crime/imports/new")
                        .file(new MockMultipartFile("file", "protocol.docx", "application/octet-stream", new byte[] {1, 2}))
                        .with(csrf()).with(users.as("mstenton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(word.select("#file-error").text()).contains(".csv, .csv.gz, .zip or .json");
    }

    @Test
    void aRunningImportsPageRefreshesItselfUnlessAskedNotTo() throws Exception {
        UUID run = importer.begin("2025-03-kent-street.csv", 1000L, null);
        Document page = Jsoup.parse(mvc.perform(get("/crime/imports/" + run).with(users.as("mstenton")))
                .andExpect(header().string("Refresh", "3")).andReturn().getResponse().getContentAsString());
        assertThat(page.select("progress#progress").attr("value")).isEqualTo("0");
        assertThat(page.select("label[for=progress]").text()).contains("0 rows read");
        mvc.perform(get("/crime/imports/" + run).param("refresh", "off").with(users.as("mstenton")))
                .andExpect(header().doesNotExist("Refresh"));
    }

    private ImportRun await(UUID run) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        ImportRun now = imports.run(run).orElseThrow();
        while (now.running() && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            now = imports.run(run).orElseThrow();
        }
        return now;
    }
}
