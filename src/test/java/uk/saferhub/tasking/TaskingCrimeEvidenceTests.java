package uk.saferhub.tasking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.crimedata.CrimeFigures;
import uk.saferhub.crimedata.CrimeImports;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.SaferHubProperties;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.tasking.internal.AreaCrime;

/**
 * The real Leeds street-level file (February 2025) in the East North East group's local data analysis and its crime
 * evidence pack, page and PDF: the latest months held stand in for the cycle's, which data.police.uk has not published.
 * Skipped, saying so, when the reference data folder is not here.
 */
@SaferHubTest
class TaskingCrimeEvidenceTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers users;
    @Autowired
    TaskingTestData data;
    @Autowired
    TaskingAnalysis analyses;
    @Autowired
    CrimeImports imports;
    @Autowired
    CrimeFigures figures;
    @Autowired
    SaferHubProperties properties;
    @Autowired
    uk.saferhub.crimedata.CrimeAnalysis crimeAnalysis;
    @Autowired
    uk.saferhub.geography.Geography geography;

    @BeforeEach
    void theLeedsFileIsHeld() {
        Path file = properties.referenceDataPath().resolve("crime-street/leeds/crimedataleeds.csv");
        Assumptions.assumeTrue(Files.isRegularFile(file),
                "Skipped: the reference data file " + file + " is not here (set saferhub.reference-data-dir)");
        if (figures.count("west-yorkshire", java.time.YearMonth.of(2025, 2)) == 0) {
            imports.importFile(null, file, line -> { });
        }
    }

    @Test
    void theAnalysisShowsTheAreasLatestCrimeWithItsHotSpots() throws Exception {
        BodyId group = data.eastNorthEast().id();
        List<AreaCrime> crime = analyses.analysis(users.actor("ene.homes"), group, null).crime();

        assertThat(crime).isNotEmpty();
        AreaCrime area = crime.getFirst();
        assertThat(area.latestHeld()).as("the cycle's months are not published yet").isTrue();
        assertThat(area.summary().query().to()).isEqualTo(java.time.YearMonth.of(2025, 2));
        assertThat(area.summary().total().now()).isPositive();
        assertThat(area.hotspots().locationsByHarm()).isNotEmpty();
        Document page = Jsoup.parse(AccessMatrix.forPage(mvc, "/tasking/groups/" + group.value() + "/analysis")
                .as(users.as("ene.homes")).getResponse().getContentAsString());
        assertThat(page.text()).contains("Recorded crime in " + area.area().name())
                .contains("These are the latest months held")
                .contains(area.hotspots().locationsByHarm().getFirst().name());
        assertThat(page.select("a[href*=evidence-pack]")).isNotEmpty();
    }

    @Test
    void aCityAreasCountIsTheSumOfItsWardsInTheDistrictsSummary() {
        AreaCrime area = analyses.analysis(users.actor("ene.homes"), data.eastNorthEast().id(), null).crime()
                .getFirst();
        uk.saferhub.crimedata.CrimeQuery leeds = crimeAnalysis.resolve(geography.place(
                uk.saferhub.geography.PlaceType.DISTRICT, "E08000035").orElseThrow().id(), null,
                area.summary().query().from(), area.summary().query().to(), null).orElseThrow();
        uk.saferhub.crimedata.CrimeSummary summary = crimeAnalysis.summary(leeds);

        assertThat(summary.areas()).anySatisfy(figure -> {
            assertThat(figure.name()).isEqualTo(area.area().name());
            assertThat(figure.count().now()).isEqualTo(area.summary().total().now());
        });
        assertThat(summary.wards().stream().mapToLong(figure -> figure.count().now()).sum())
                .isEqualTo(summary.total().now());
    }

    @Test
    void theEvidencePackIsAPageAndAPdfForWhoeverMaySeeTheGroup() throws Exception {
        BodyId group = data.eastNorthEast().id();
        String url = "/tasking/groups/" + group.value() + "/evidence-pack";
        AccessMatrix.forPage(mvc, url).anonymousRedirectsToSignIn()
                .okFor(users.as("mstenton"), users.as("ene.homes"), users.as("ene.inspector"))
                .notFoundFor(users.as("herts.coordinator"), users.as("central.sergeant"));
        AccessMatrix.forPage(mvc, url + ".pdf").anonymousRedirectsToSignIn()
                .notFoundFor(users.as("herts.coordinator"));
        Document page = Jsoup.parse(AccessMatrix.forPage(mvc, url + "?months=3").as(users.as("ene.homes"))
                .getResponse().getContentAsString());
        assertThat(page.select("h1").text()).contains("Crime evidence pack");
        assertThat(page.select("svg.saferhub-trend-chart")).hasSize(page.select("h2[id^=area-]").size());
        assertThat(page.text()).contains("Top snap points by harm", "Getis-Ord Gi*", "Cambridge Crime Harm Index");
        MvcResult pdf = AccessMatrix.forPage(mvc, url + ".pdf?months=3").as(users.as("ene.homes"));
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
    }
}
