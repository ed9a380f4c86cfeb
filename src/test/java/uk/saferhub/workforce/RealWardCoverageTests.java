package uk.saferhub.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.shared.SaferHubProperties;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.workforce.internal.CoverageReport.WardCover;

import static org.junit.jupiter.api.Assumptions.assumeTrue;
import uk.saferhub.workforce.internal.Coverage;
import uk.saferhub.workforce.internal.CoverageReport;

/**
 * Coverage of the demonstration workforce on the real ward boundaries, checked against an independent computation:
 * the boundary files and demo/workforce.json are read here with nothing but Jackson and JTS, and a ward counts as
 * covered when its interior point lies inside the union of the wards the demonstration PCSOs are attached to. Runs
 * whenever the reference data folder is there (always in CI).
 */
@SaferHubTest
class RealWardCoverageTests {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Autowired
    Coverage coverage;
    @Autowired
    DemoUsers users;
    @Autowired
    SaferHubProperties properties;
    @Autowired
    JsonMapper json;

    private Path boundaries;

    @BeforeEach
    void theReferenceDataIsThere() {
        boundaries = properties.referenceDataPath().resolve("boundaries");
        assumeTrue(Files.isDirectory(boundaries), "Skipped: no reference boundary data at " + boundaries
                + " (set SAFERHUB_REFERENCE_DATA_DIR); CI always has it");
    }

    @Test
    void huntingdonshireCoverageMatchesPointInPolygonOfWardInteriorPoints() throws IOException {
        Set<String> expected = coveredByInteriorPoint(boundaries.resolve(
                "wards_current/huntingdonshire_wards_WD19.geojson"), "wd19cd", "wd19nm", "Cambridgeshire Constabulary");

        CoverageReport report = coverage.of(users.actor("ewilson"), "E07000011", null);

        assertThat(report.wards()).hasSize(26);
        assertThat(names(report.covered())).isEqualTo(expected)
                .containsExactly("St Neots East", "St Neots Eatons", "St Neots Eynesbury",
                        "St Neots Priory Park & Little Paxton");
        assertThat(report.uncovered()).hasSize(22);
    }

    @Test
    void inStAlbansTheCountySchemeFillsSomeOpenWardsAndLeavesTwoOpen() throws IOException {
        Set<String> expected = coveredByInteriorPoint(boundaries.resolve("wards_by_lad/E07000240.json"), "WD13CD",
                "WD13NM", "Hertfordshire Constabulary");

        CoverageReport report = coverage.of(users.actor("herts.coordinator"), "E07000240", null);

        assertThat(report.wards()).hasSize(20);
        assertThat(names(report.covered())).isEqualTo(expected);
        assertThat(names(report.uncovered())).containsExactly("Marshalswick North", "Park Street");
        assertThat(report.overlapping()).isEmpty();
        assertThat(report.wardsByScheme().entrySet()).anySatisfy(entry -> {
            assertThat(entry.getKey().name()).isEqualTo("HCC funded PCSOs");
            assertThat(entry.getValue()).extracting(place -> place.name()).containsExactlyInAnyOrder("Redbourn",
                    "Wheathampstead", "Sandridge", "Colney Heath", "London Colney");
        });
    }

    @Test
    void acrossHertfordshireTheCountySchemeCoversWardsNoOtherSchemeCovers() {
        CoverageReport report = coverage.of(users.actor("herts.coordinator"), "PFA-HERTFORDSHIRE", null);

        assertThat(report.place().name()).isEqualTo("Hertfordshire");
        assertThat(report.wards()).hasSize(186);
        // Other tests share this database and may attach PCSOs of their own, so only the demonstration's own
        // attachments are asserted: St Albans' open wards stay open and the county scheme covers its five.
        assertThat(names(report.uncovered())).contains("Marshalswick North", "Park Street");
        assertThat(report.covered().size()).isGreaterThanOrEqualTo(18);
        assertThat(report.wardsByScheme().entrySet()).anySatisfy(entry -> {
            assertThat(entry.getKey().name()).isEqualTo("HCC funded PCSOs");
            assertThat(entry.getValue()).extracting(place -> place.name()).contains("Redbourn", "Wheathampstead",
                    "Sandridge", "Colney Heath", "London Colney");
        });
    }

    /** Names of the wards in the file whose interior point lies in the union of the force's demo PCSOs' wards. */
    private Set<String> coveredByInteriorPoint(Path file, String codeProperty, String nameProperty, String force)
            throws IOException {
        Set<String> attachedCodes = new HashSet<>();
        try (InputStream in = new ClassPathResource("demo/workforce.json").getInputStream()) {
            for (JsonNode pcso : json.readTree(in).get("pcsos")) {
                if (pcso.get("force").asString().equals(force)) {
                    pcso.get("wards").forEach(code -> attachedCodes.add(code.asString()));
                }
            }
        }
        JsonNode features = json.readTree(file.toFile()).get("features");
        List<Geometry> attached = new ArrayList<>();
        for (JsonNode feature : features) {
            if (attachedCodes.contains(feature.get("properties").get(codeProperty).asString())) {
                attached.add(geometry(feature.get("geometry")));
            }
        }
        Geometry patrolled = UnaryUnionOp.union(attached);
        Set<String> covered = new TreeSet<>();
        for (JsonNode feature : features) {
            Geometry ward = geometry(feature.get("geometry"));
            if (patrolled.contains(ward.getInteriorPoint())) {
                covered.add(feature.get("properties").get(nameProperty).asString());
            }
        }
        return covered;
    }

    private static Set<String> names(List<WardCover> wards) {
        return new TreeSet<>(wards.stream().map(ward -> ward.ward().name()).toList());
    }

    private static Geometry geometry(JsonNode geometry) {
        String type = geometry.get("type").asString();
        JsonNode coordinates = geometry.get("coordinates");
        if (type.equals("Polygon")) {
            return polygon(coordinates);
        }
        List<Polygon> parts = new ArrayList<>();
        coordinates.forEach(part -> parts.add(polygon(part)));
        return FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
    }

    private static Polygon polygon(JsonNode rings) {
        List<LinearRing> all = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<Coordinate> points = new ArrayList<>();
            ring.forEach(point -> points.add(new Coordinate(point.get(0).asDouble(), point.get(1).asDouble())));
            all.add(FACTORY.createLinearRing(points.toArray(Coordinate[]::new)));
        }
        return FACTORY.createPolygon(all.getFirst(), all.subList(1, all.size()).toArray(LinearRing[]::new));
    }
}
