package uk.saferhub.geography.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class MapProjectionTests {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static Polygon polygon(double... lonLat) {
        Coordinate[] ring = new Coordinate[lonLat.length / 2 + 1];
        for (int i = 0; i < lonLat.length / 2; i++) {
            ring[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        }
        ring[ring.length - 1] = ring[0];
        return GEOMETRY.createPolygon(ring);
    }

    @Test
    void aBoundaryRedrawnInTheSameProjectionGivesTheSamePath() {
        var projection = new MapProjection(new Envelope(-0.3, -0.1, 52.2, 52.4), 640, 560, 4);
        Polygon ward = polygon(-0.3, 52.2, -0.1, 52.2, -0.1, 52.4, -0.3, 52.4);

        String first = projection.path(ward);

        assertThat(first).startsWith("M").endsWith("Z");
        assertThat(projection.path(ward.copy())).isEqualTo(first);
    }

    @Test
    void aBoundaryWithTheSameExtentButOtherPointsIsDrawnAnew() {
        var projection = new MapProjection(new Envelope(-0.3, -0.1, 52.2, 52.4), 640, 560, 4);
        Polygon square = polygon(-0.3, 52.2, -0.1, 52.2, -0.1, 52.4, -0.3, 52.4);
        Polygon notched = polygon(-0.3, 52.2, -0.1, 52.2, -0.1, 52.4, -0.2, 52.3, -0.3, 52.4);

        assertThat(projection.path(notched)).isNotEqualTo(projection.path(square));
    }

    @Test
    void theSameBoundaryInAnotherProjectionIsDrawnAtItsSize() {
        Polygon ward = polygon(-0.3, 52.2, -0.1, 52.2, -0.1, 52.4, -0.3, 52.4);
        var large = new MapProjection(new Envelope(-0.3, -0.1, 52.2, 52.4), 640, 560, 4);
        var small = new MapProjection(new Envelope(-0.3, -0.1, 52.2, 52.4), 320, 280, 4);

        assertThat(small.path(ward)).isNotEqualTo(large.path(ward));
    }

    @Test
    void numbersAreWrittenWithOneDecimalAtMost() {
        assertThat(MapProjection.number(12.0)).isEqualTo("12");
        assertThat(MapProjection.number(12.34)).isEqualTo("12.3");
        assertThat(MapProjection.number(12.96)).isEqualTo("13");
        assertThat(MapProjection.number(0.05)).isEqualTo("0.1");
        assertThat(MapProjection.number(-0.04)).isEqualTo("0");
        assertThat(MapProjection.number(-3.25)).isEqualTo("-3.2");
    }
}
