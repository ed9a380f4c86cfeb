package uk.saferhub.geography.internal;

import org.locationtech.jts.geom.Geometry;

/**
 * The approximate area of a WGS84 boundary in square kilometres: longitude scaled by cos(mean latitude) × 111.32 km,
 * latitude by 110.574 km; close enough (well under 1% in Britain) for areas per PCSO.
 */
public final class AreaMeasure {

    private AreaMeasure() {
    }

    public static Double squareKilometres(Geometry boundary) {
        if (boundary == null || boundary.isEmpty()) {
            return null;
        }
        double meanLatitude = boundary.getEnvelopeInternal().centre().y;
        double area = boundary.getArea() * Math.cos(Math.toRadians(meanLatitude)) * 111.32 * 110.574;
        return Math.round(area * 1000) / 1000.0;
    }
}
