package uk.saferhub.geography;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.geography.internal.PlacesChanged;

/**
 * The fixture places of {@code geography/fixture-places.geojson} (a district of a west and an east ward sharing the
 * edge x = 1, an island ward in a hole of the east ward, an LSOA in the west ward), moved to a corner of the world
 * of the test's own and given unique codes, so tests sharing the database never meet each other's places.
 */
public final class FixturePlaces {

    private final Map<String, Place> byCode = new LinkedHashMap<>();
    private final Map<String, Geometry> boundaries = new LinkedHashMap<>();
    private final double west;
    private final double south;
    private final String suffix;

    private FixturePlaces(double west, double south, String suffix) {
        this.west = west;
        this.south = south;
        this.suffix = suffix;
    }

    /** The fixture moved so that its south-west corner is at (south, west); codes end in a random suffix. */
    public static FixturePlaces at(double south, double west) {
        FixturePlaces fixture = new FixturePlaces(west, south, "-" + UUID.randomUUID().toString().substring(0, 8));
        var features = FixtureGeoJson.read(FixturePlaces.class.getResourceAsStream("/geography/fixture-places.geojson"));
        UUID district = null;
        for (var feature : features) {
            PlaceType type = PlaceType.valueOf(feature.property("type"));
            Geometry boundary = fixture.moved(feature.boundary());
            String code = feature.property("code") + fixture.suffix;
            Place place = new Place(UUID.randomUUID(), type, code, feature.property("name") + fixture.suffix,
                    type == PlaceType.DISTRICT ? null : district, boundary.getArea() * 1000, 1000, false, true,
                    "Test fixture");
            if (type == PlaceType.DISTRICT) {
                district = place.id();
            }
            fixture.byCode.put(feature.property("code"), place);
            fixture.boundaries.put(feature.property("code"), boundary);
        }
        return fixture;
    }

    /** Saves every fixture place (without telling anyone: publish {@link PlacesChanged} for that). */
    public FixturePlaces insert(PlaceStore store) {
        Instant now = Instant.now();
        byCode.forEach((code, place) -> store.insert(place, boundaries.get(code), now));
        return this;
    }

    /** A fixture place by its code in the file: D, W1, W2, W3 or L1. */
    public Place place(String fixtureCode) {
        return byCode.get(fixtureCode);
    }

    public Geometry boundary(String fixtureCode) {
        return boundaries.get(fixtureCode);
    }

    public Map<Place, Geometry> all() {
        Map<Place, Geometry> all = new LinkedHashMap<>();
        byCode.forEach((code, place) -> all.put(place, boundaries.get(code)));
        return all;
    }

    /** Latitude of a point at fixture coordinates (x, y). */
    public double lat(double y) {
        return south + y;
    }

    public double lng(double x) {
        return west + x;
    }

    private Geometry moved(Geometry boundary) {
        Geometry copy = boundary.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                sequence.setOrdinate(i, Coordinate.X, sequence.getX(i) + west);
                sequence.setOrdinate(i, Coordinate.Y, sequence.getY(i) + south);
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
        return copy;
    }
}
