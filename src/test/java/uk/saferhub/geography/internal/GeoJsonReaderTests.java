package uk.saferhub.geography.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.geography.GeographyChangeRefused;
import uk.saferhub.geography.GeographyFixtures;
import uk.saferhub.support.RefusalWords;

class GeoJsonReaderTests {

    private final GeoJsonReader reader = new GeoJsonReader(JsonMapper.builder().build());

    private BoundaryFile read(String fixture) {
        return reader.read(GeographyFixtures.bytes(fixture), "NAME");
    }

    private void assertRefused(String fixture, String message) {
        assertThatThrownBy(() -> read(fixture)).isInstanceOf(GeographyChangeRefused.class)
                .extracting(RefusalWords::of, STRING).contains(message);
        assertThatThrownBy(() -> read(fixture))
                .satisfies(refused -> assertThat(((GeographyChangeRefused) refused).field()).isEqualTo("file"));
    }

    @Test
    void aFeatureCollectionOfPolygonsAndMultiPolygonsIsReadWithItsPropertyNames() {
        BoundaryFile file = read("three-wards.geojson");

        assertThat(file.propertyNames()).containsExactly("CODE", "NAME", "DISTRICT");
        assertThat(file.features()).extracting(feature -> feature.property("CODE"))
                .containsExactly("TEST-1", "TEST-2", "TEST-3");
        assertThat(file.features().get(0).geometry()).isInstanceOf(Polygon.class);
        assertThat(file.features().get(2).geometry()).isInstanceOf(MultiPolygon.class);
        assertThat(file.features().get(0).geometry().getSRID()).isEqualTo(4326);
        assertThat(file.features().get(0).geometry().getCoordinates()[1].x).isEqualTo(-0.29);
        assertThat(file.features()).noneMatch(BoundaryFeature::repaired);
    }

    @Test
    void aSingleFeatureIsReadAsAFileOfOne() {
        assertThat(read("bow-tie.geojson").features()).hasSize(1);
    }

    @Test
    void aFileThatIsNotJsonIsRefused() {
        assertRefused("not-json.geojson", "The file is not valid GeoJSON: line 1, column ");
    }

    @Test
    void aFileWithNaNIsRefusedSayingWhereInPlainWordsNotTheParsers() {
        byte[] nan = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon",
                   "coordinates": [[[NaN, 52.0], [0.1, 52.0], [0.1, 52.1], [NaN, 52.0]]]}}]}
                """.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(nan, null)).isInstanceOf(GeographyChangeRefused.class)
                .extracting(RefusalWords::of, STRING).isEqualTo("The file is not valid GeoJSON: line 3, column 25");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> reader.read(new byte[0], null)).isInstanceOf(GeographyChangeRefused.class)
                .extracting(RefusalWords::of, STRING).isEqualTo("The file is empty");
    }

    @Test
    void jsonThatIsNotAFeatureCollectionIsRefused() {
        assertRefused("geometry-only.geojson", "The file is not a GeoJSON FeatureCollection (its type is \"Polygon\")");
        assertThatThrownBy(() -> reader.read("[1, 2]".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(GeographyChangeRefused.class)
                .extracting(RefusalWords::of, STRING).contains("not a GeoJSON FeatureCollection");
    }

    @Test
    void aCollectionWithoutFeaturesIsRefused() {
        assertRefused("no-features.geojson", "The file has no features");
    }

    @Test
    void aGeometryOtherThanAPolygonIsRefusedNamingTheFeature() {
        assertRefused("line-string.geojson", "Feature 2 (Road) has a LineString geometry: only Polygon and "
                + "MultiPolygon boundaries can be imported");
    }

    @Test
    void coordinatesOutsideLongitudeAndLatitudeAreRefused() {
        assertRefused("british-national-grid.geojson", "Feature 1 (Grid) has a coordinate (518000.00000, "
                + "260000.00000) outside longitude -180 to 180 and latitude -90 to 90");
    }

    @Test
    void aRingThatIsNotClosedIsRefused() {
        assertRefused("open-ring.geojson", "Feature 1 (Open) has a ring that is not closed");
    }

    @Test
    void aSelfIntersectingPolygonIsRepairedWithANoteOfWhereItCrossed() {
        BoundaryFeature bowTie = read("bow-tie.geojson").features().getFirst();

        assertThat(bowTie.repair()).isEqualTo("repaired: self-intersection at 0.00500, 52.00500");
        assertThat(bowTie.geometry().isValid()).isTrue();
        assertThat(bowTie.geometry().getArea()).isCloseTo(0.00005, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aPolygonWithNothingLeftOnceRepairedIsRefusedNamingTheFeature() {
        assertRefused("collapsed.geojson", "Feature 1 (Flat) has a boundary that cannot be repaired");
    }
}
