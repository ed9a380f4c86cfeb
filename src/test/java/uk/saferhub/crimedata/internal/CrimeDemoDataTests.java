package uk.saferhub.crimedata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.saferhub.crimedata.CrimeAnalysis;
import uk.saferhub.crimedata.CrimeFigures;
import uk.saferhub.crimedata.CrimeQuery;
import uk.saferhub.crimedata.CrimeSummary;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.SaferHubProperties;
import uk.saferhub.support.SaferHubTest;

/**
 * The demonstration's crime data: the Cambridgeshire and Hertfordshire months and the Leeds file of the reference
 * folder, imported file by file, so that the analysis has real figures for Huntingdonshire, St Albans and Leeds.
 * Skipped, saying so, without the reference data folder.
 */
@SaferHubTest
class CrimeDemoDataTests {

    @Autowired
    CrimeDemoData demo;
    @Autowired
    CrimeFigures figures;
    @Autowired
    CrimeAnalysis analysis;
    @Autowired
    Geography geography;
    @Autowired
    SaferHubProperties properties;

    @Test
    void theDemonstrationHoldsThirteenMonthsOfTwoForcesAndLeedsWithFiguresForItsDistricts() {
        Path crimeStreet = properties.referenceDataPath().resolve("crime-street");
        Assumptions.assumeTrue(Files.isDirectory(crimeStreet), "Skipped: " + crimeStreet + " is not here");
        List<Path> files = CrimeDemoData.files(crimeStreet);
        assertThat(files).hasSize(27).noneMatch(file -> file.toString().contains("national"));

        long loaded = demo.importAll(files);

        assertThat(loaded).isGreaterThan(190_000);
        assertThat(figures.counts()).filteredOn(count -> count.force().equals("cambridgeshire")
                && !count.month().isBefore(YearMonth.of(2024, 9)) && !count.month().isAfter(YearMonth.of(2025, 9)))
                .hasSize(13);
        assertThat(figures.counts()).filteredOn(count -> count.force().equals("hertfordshire")
                && count.month().getYear() >= 2021 && count.month().isBefore(YearMonth.of(2022, 2))).hasSize(13);
        assertThat(figures.count("west-yorkshire", YearMonth.of(2025, 2))).isEqualTo(8009);
        for (String district : List.of("E07000011", "E07000240", "E08000035")) {
            CrimeQuery query = analysis.resolve(geography.place(PlaceType.DISTRICT, district).orElseThrow().id(), null,
                    null, null, null).orElseThrow();
            CrimeSummary summary = analysis.summary(query);
            assertThat(summary.total().now()).as(district).isPositive();
            assertThat(summary.wards()).as(district).isNotEmpty();
        }
    }
}
