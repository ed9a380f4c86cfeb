package uk.saferhub.geography.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Fits WGS84 boundaries into an SVG view box: equirectangular, with longitude scaled by the cosine of the middle
 * latitude so shapes keep their proportions at British latitudes; y grows downwards. Paths are simplified to about
 * half a view-box unit (well under a screen pixel at the drawn size) and written with one decimal, so pages stay
 * small.
 */
public final class MapProjection {

    /** Simplification tolerance in view-box units. */
    private static final double TOLERANCE = 0.5;
    private static final double MIN_SPAN_DEGREES = 0.005;

    private final double west;
    private final double north;
    private final double xScale;
    private final double scale;
    private final double padding;
    private final double width;
    private final double height;

    /**
     * @param extent longitude/latitude extent to show
     * @param maxWidth widest the drawing may be, in view-box units
     * @param maxHeight tallest it may be
     * @param padding margin kept around the extent
     */
    public MapProjection(Envelope extent, double maxWidth, double maxHeight, double padding) {
        Envelope shown = new Envelope(extent);
        if (shown.isNull()) {
            shown = new Envelope(-0.1, 0.1, 51.4, 51.6);
        }
        double grow = Math.max(0, MIN_SPAN_DEGREES - Math.min(shown.getWidth(), shown.getHeight())) / 2;
        shown.expandBy(grow);
        this.xScale = Math.cos(Math.toRadians((shown.getMinY() + shown.getMaxY()) / 2));
        double projectedWidth = shown.getWidth() * xScale;
        double projectedHeight = shown.getHeight();
        this.scale = Math.min((maxWidth - 2 * padding) / projectedWidth, (maxHeight - 2 * padding) / projectedHeight);
        this.west = shown.getMinX();
        this.north = shown.getMaxY();
        this.padding = padding;
        this.width = Math.ceil(projectedWidth * scale + 2 * padding);
        this.height = Math.ceil(projectedHeight * scale + 2 * padding);
    }

    public String viewBox() {
        return "0 0 " + number(width) + " " + number(height);
    }

    public double x(double longitude) {
        return padding + (longitude - west) * xScale * scale;
    }

    public double y(double latitude) {
        return padding + (north - latitude) * scale;
    }

    /**
     * SVG path data for a polygonal boundary (holes become sub-paths; the CSS uses the even-odd fill rule). Simplifying
     * a ward's boundary costs far more than the rest of a page, and the same boundaries are drawn at the same size on
     * every request, so paths are kept by the boundary's coordinates and this projection.
     */
    public String path(Geometry boundary) {
        return PATHS.get(new PathKey(fingerprint(boundary), boundary.getNumPoints(), west, north, xScale, scale,
                padding), key -> draw(boundary));
    }

    private static final Cache<PathKey, String> PATHS = Caffeine.newBuilder().maximumSize(20_000).build();

    /** A drawn path is known by what it was drawn from: every coordinate of the boundary, and the projection. */
    private record PathKey(long fingerprint, int points, double west, double north, double xScale, double scale,
            double padding) {
    }

    private static long fingerprint(Geometry boundary) {
        long[] hash = {1125899906842597L};
        boundary.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                hash[0] = 31 * (31 * hash[0] + Double.doubleToLongBits(sequence.getX(i)))
                        + Double.doubleToLongBits(sequence.getY(i));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return false;
            }
        });
        return 31 * hash[0] + boundary.getNumGeometries();
    }

    private String draw(Geometry boundary) {
        Geometry projected = boundary.copy();
        projected.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                sequence.setOrdinate(i, Coordinate.X, x(sequence.getX(i)));
                sequence.setOrdinate(i, Coordinate.Y, y(sequence.getY(i)));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        Geometry simplified = TopologyPreservingSimplifier.simplify(projected, TOLERANCE);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < simplified.getNumGeometries(); i++) {
            if (simplified.getGeometryN(i) instanceof Polygon polygon) {
                ring(out, polygon.getExteriorRing());
                for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
                    ring(out, polygon.getInteriorRingN(hole));
                }
            }
        }
        return out.toString();
    }

    private static void ring(StringBuilder out, LineString ring) {
        CoordinateSequence points = ring.getCoordinateSequence();
        int last = points.size() - 1; // the closing point repeats the first; Z closes the path instead
        String previous = null;
        int written = 0;
        for (int i = 0; i < last; i++) {
            String point = number(points.getX(i)) + " " + number(points.getY(i));
            if (point.equals(previous)) {
                continue;
            }
            out.append(written == 0 ? "M" : " ").append(point);
            previous = point;
            written++;
        }
        if (written > 0) {
            out.append('Z');
        }
    }

    /** One decimal, without a trailing ".0". */
    static String number(double value) {
        long tenths = Math.round(value * 10);
        long whole = Math.abs(tenths) / 10;
        long tenth = Math.abs(tenths) % 10;
        String sign = tenths < 0 ? "-" : "";
        return tenth == 0 ? sign + whole : sign + whole + "." + tenth;
    }
}
