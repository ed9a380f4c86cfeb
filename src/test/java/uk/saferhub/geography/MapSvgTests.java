package uk.saferhub.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.util.GeometricShapeFactory;

import uk.saferhub.geography.internal.PlaceStore;

/** Maps drawn on the server: fitted, proportioned, simplified, with a legend that counts. */
class MapSvgTests {

    private final FixturePlaces fixture = FixturePlaces.at(52, -1);

    @Test
    void shapesAreFittedIntoTheViewBoxWithLongitudeScaledByTheCosineOfTheLatitude() {
        MapDrawing map = MapSvg.map("test-map", "Fixture").size(640, 560)
                .shape(fixture.place("D").id(), "District", fixture.boundary("D"), MapShade.FOCUS, null, null)
                .draw();

        String[] box = map.viewBox().split(" ");
        double width = Double.parseDouble(box[2]);
        double height = Double.parseDouble(box[3]);
        // the district is 2 degrees of longitude by 1 of latitude at about 52.5 degrees north
        assertThat((width - 8) / (height - 8)).isCloseTo(2 * Math.cos(Math.toRadians(52.5)), within(0.02));
        assertThat(width).isLessThanOrEqualTo(640);
        assertThat(height).isLessThanOrEqualTo(560);
        // x from 4 to 636 (640 less the margins); y from 4 down to 4 + 632 / (2 cos 52.5°) = 523.1
        assertThat(map.shapes().getFirst().path()).isEqualTo("M4 523.1 636 523.1 636 4 4 4Z");
    }

    @Test
    void aHoleIsASecondSubPathAndAMultiPolygonOneSubPathPerPart() {
        MapDrawing map = MapSvg.map("test-map", "Fixture")
                .shape(UUID.randomUUID(), "East", fixture.boundary("W2"), MapShade.OUTLINE, null, null)
                .draw();

        assertThat(map.shapes().getFirst().path()).matches("M[^M]+ZM[^M]+Z");
    }

    @Test
    void detailBelowHalfAViewBoxUnitIsSimplifiedAway() {
        GeometricShapeFactory circles = new GeometricShapeFactory(PlaceStore.WGS84);
        circles.setCentre(new Coordinate(-1.5, 52.5));
        circles.setSize(0.2);
        circles.setNumPoints(20_000);
        Geometry circle = circles.createCircle();

        MapDrawing map = MapSvg.map("test-map", "Circle").size(200, 200)
                .shape(UUID.randomUUID(), "Circle", circle, MapShade.OUTLINE, null, null).draw();

        int points = map.shapes().getFirst().path().split(" ").length / 2;
        assertThat(points).isBetween(8, 400);
        assertThat(map.shapes().getFirst().path()).doesNotContain("E").doesNotContainPattern("\\.\\d\\d");
    }

    @Test
    void theLegendCountsTheShapesOfEachShadeAndKeepsTheOrderGiven() {
        MapDrawing map = MapSvg.map("coverage", "Coverage")
                .shape(UUID.randomUUID(), "A", fixture.boundary("W1"), MapShade.COVERED, "/places/a", "1 scheme")
                .shape(UUID.randomUUID(), "B", fixture.boundary("W2"), MapShade.UNCOVERED, "/places/b", null)
                .shape(UUID.randomUUID(), "C", fixture.boundary("W3"), MapShade.UNCOVERED, null, null)
                .legend(MapShade.UNCOVERED, "Not covered").legend(MapShade.COVERED, "Covered")
                .legend(MapShade.OVERLAP, "Covered by more than one scheme")
                .draw();

        assertThat(map.legend()).extracting(MapDrawing.LegendEntry::label, MapDrawing.LegendEntry::count)
                .containsExactly(tuple("Not covered", 2), tuple("Covered", 1),
                        tuple("Covered by more than one scheme", 0));
        assertThat(map.shapes()).extracting(MapDrawing.Shape::label).containsExactly("A: 1 scheme", "B", "C");
        assertThat(map.linked()).isTrue();
        assertThat(map.role()).isEqualTo("group");
    }

    @Test
    void aMapWithoutLinksIsOneImage() {
        MapDrawing map = MapSvg.map("plain", "Plain")
                .shape(UUID.randomUUID(), "A", fixture.boundary("W1"), MapShade.OUTLINE, null, null)
                .marker(fixture.lat(0.5), fixture.lng(0.5), "The point").draw();

        assertThat(map.role()).isEqualTo("img");
        assertThat(map.markers()).singleElement().satisfies(marker -> {
            assertThat(marker.label()).isEqualTo("The point");
            assertThat(marker.x()).isBetween(4.0, 640.0);
        });
        assertThat(map.attribution()).startsWith("Contains National Statistics data © Crown copyright");
    }

    @Test
    void aMapIdMustBeUsableAsAnHtmlId() {
        assertThatThrownBy(() -> MapSvg.map("Not an id!", "Bad")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stepsRunFromTheLightestForNothingToTheDarkestForTheMost() {
        assertThat(MapShade.step(0, 10)).isEqualTo(MapShade.STEP_0);
        assertThat(MapShade.step(0.1, 10)).isEqualTo(MapShade.STEP_1);
        assertThat(MapShade.step(5, 10)).isEqualTo(MapShade.STEP_2);
        assertThat(MapShade.step(7.6, 10)).isEqualTo(MapShade.STEP_4);
        assertThat(MapShade.step(10, 10)).isEqualTo(MapShade.STEP_4);
    }

    private static org.assertj.core.data.Offset<Double> within(double offset) {
        return org.assertj.core.data.Offset.offset(offset);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
