package uk.saferhub.geography.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.SaferHubProperties;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class GeographyDemoDataTests {

    @Autowired
    Geography geography;

    @Autowired
    GeographyDemoData demo;

    @Autowired
    SaferHubProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void needsTheBoundaryFiles() {
        Assumptions.assumeTrue(Files.isDirectory(properties.referenceDataPath().resolve("boundaries")),
                "The reference boundary files are not at " + properties.referenceDataPath().resolve("boundaries")
                        + ", so there is no demonstration geography to check");
    }

    private Place district(String code) {
        return geography.place(PlaceType.DISTRICT, code).orElseThrow();
    }

    private List<Place> wardsOfArea(String type, String code) {
        return geography.wardsWithin(geography.place(PlaceType.valueOf(type), code).orElseThrow().id());
    }

    @Test
    void huntingdonshireHasItsTwentySixCurrentWards() {
        List<Place> wards = geography.wardsWithin(district("E07000011").id());

        assertThat(wards).hasSize(26).allMatch(Place::hasBoundary);
        assertThat(wards).extracting(Place::code).contains("E05011256");
    }

    @Test
    void theStNeotsTrialAreaIsMadeOfTheFourStNeotsWards() {
        assertThat(wardsOfArea("TRIAL_AREA", "ST-NEOTS")).extracting(Place::name).containsExactly("St Neots East",
                "St Neots Eatons", "St Neots Eynesbury", "St Neots Priory Park & Little Paxton");
        assertThat(geography.place(PlaceType.TRIAL_AREA, "ST-NEOTS").orElseThrow().hasBoundary()).isTrue();
    }

    @Test
    void leedsThreeAreasTogetherHoldEachOfItsThirtyThreeWardsOnce() {
        List<Place> leedsWards = geography.wardsWithin(district("E08000035").id());
        List<Place> inAreas = Stream.of("LEEDS-ENE", "LEEDS-WNW", "LEEDS-SE")
                .flatMap(code -> wardsOfArea("CITY_AREA", code).stream()).toList();

        assertThat(leedsWards).hasSize(33);
        assertThat(inAreas).hasSize(33).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(leedsWards);
    }

    @Test
    void theTenHertfordshireDistrictsHaveTheirWards() {
        List<String> herts = List.of("E07000095", "E07000096", "E07000098", "E07000099", "E07000102", "E07000103",
                "E07000240", "E07000241", "E07000242", "E07000243");

        assertThat(herts).allSatisfy(code -> assertThat(geography.wardsWithin(district(code).id())).isNotEmpty());
        assertThat(geography.wardsWithin(district("E07000243").id())).hasSize(13);
    }

    @Test
    void loadingTheDemonstrationAgainChangesNothing() {
        long imports = jdbc.sql("select count(*) from place_import").query(Long.class).single();
        long places = jdbc.sql("select count(*) from place").query(Long.class).single();
        long started = System.nanoTime();

        transaction.executeWithoutResult(status -> demo.load(null));

        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds to check the demo geography")
                .isLessThan(3000);
        assertThat(jdbc.sql("select count(*) from place_import").query(Long.class).single()).isEqualTo(imports);
        assertThat(jdbc.sql("select count(*) from place").query(Long.class).single()).isEqualTo(places);
    }
}
