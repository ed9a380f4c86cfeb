package uk.saferhub.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import uk.saferhub.geography.internal.Locator;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.geography.internal.PlacesChanged;
import uk.saferhub.shared.SaferHubProperties;
import uk.saferhub.support.SaferHubTest;

/**
 * Locating real points: police.uk street crimes recorded in Huntingdonshire LSOAs (March 2025) land in the current
 * Huntingdonshire ward (December 2019 boundaries, still in force) that a plain point-in-polygon test over the ward
 * file gives. Needs the reference data folder; skipped with a message where it is absent.
 */
@SaferHubTest
class LocateKnownPointsTests {

    private static final String WARDS = "boundaries/wards_current/huntingdonshire_wards_WD19.geojson";
    private static final String CRIMES = "crime-street/cambridgeshire/2025-03-cambridgeshire-street.csv";
    private static final int POINTS = 50;

    @Autowired
    SaferHubProperties properties;

    @Autowired
    PlaceStore store;

    @Autowired
    Locator locator;

    @Autowired
    Geography geography;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void fiftyHuntingdonshireCrimesLandInTheHuntingdonshireWardThatHoldsThem() throws IOException {
        Path data = properties.referenceDataPath();
        Assumptions.assumeTrue(Files.isRegularFile(data.resolve(WARDS)) && Files.isRegularFile(data.resolve(CRIMES)),
                "Skipped: the reference data folder " + data + " (saferhub.reference-data-dir) does not hold "
                        + WARDS + " and " + CRIMES);
        // Codes get a suffix of this test's own: the demonstration may hold the same wards under their real codes.
        String suffix = "-" + UUID.randomUUID().toString().substring(0, 6);
        var wards = FixtureGeoJson.read(data.resolve(WARDS));
        Map<String, Place> byCode = new HashMap<>();
        for (var ward : wards) {
            Place place = new Place(UUID.randomUUID(), PlaceType.WARD, ward.property("wd19cd") + suffix,
                    ward.property("wd19nm"), null, null, null, false, true, "Test: " + WARDS);
            store.insert(place, ward.boundary(), Instant.now());
            byCode.put(ward.property("wd19cd"), place);
        }
        events.publishEvent(new PlacesChanged(wards.size(), 0));
        List<CSVRecord> crimes = huntingdonshireCrimes(data.resolve(CRIMES));
        double[] lats = crimes.stream().mapToDouble(crime -> Double.parseDouble(crime.get("Latitude"))).toArray();
        double[] lngs = crimes.stream().mapToDouble(crime -> Double.parseDouble(crime.get("Longitude"))).toArray();

        UUID[] assigned = locator.locateAll(lats, lngs, PlaceType.WARD);

        assertThat(wards).hasSize(26);
        assertThat(crimes).hasSize(POINTS);
        for (int i = 0; i < POINTS; i++) {
            String expected = wardHolding(wards, lats[i], lngs[i]);
            String point = crimes.get(i).get("Location") + " (" + lats[i] + ", " + lngs[i] + ")";
            assertThat(expected).as("the ward file holds " + point).isNotNull();
            assertThat(locator.locate(lats[i], lngs[i]).containing()).as(point)
                    .contains(byCode.get(expected));
            assertThat(geography.require(assigned[i]).code()).as(point).startsWith(expected);
        }
    }

    /** The first fifty crimes with coordinates recorded in an LSOA of Huntingdonshire. */
    private static List<CSVRecord> huntingdonshireCrimes(Path file) throws IOException {
        List<CSVRecord> found = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (row.get("LSOA name").startsWith("Huntingdonshire") && !row.get("Latitude").isBlank()) {
                    found.add(row);
                    if (found.size() == POINTS) {
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** The independent answer: the ward whose polygon covers the point, by a plain test of every ward. */
    private static String wardHolding(List<FixtureGeoJson.Feature> wards, double lat, double lng) {
        Point point = PlaceStore.WGS84.createPoint(new Coordinate(lng, lat));
        return wards.stream().filter(ward -> ward.boundary().covers(point)).map(ward -> ward.property("wd19cd"))
                .findFirst().orElse(null);
    }
}
