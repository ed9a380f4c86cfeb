package uk.saferhub.geography.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.prep.PreparedPolygon;
import org.locationtech.jts.index.ItemVisitor;
import org.locationtech.jts.index.strtree.STRtree;

import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;

/**
 * An immutable spatial index of boundaries, one STR-tree of prepared geometries per place type. Safe to share
 * between threads once built: every lazy part of JTS (the tree, each polygon's point locator) is built here.
 *
 * <p>Which place holds a point: a place whose interior holds it wins over one whose boundary it lies on; among equals
 * the place with the lowest code (then id) wins. So a point on the edge two wards share always goes to the same one.
 */
public final class BoundaryIndex {

    private static final Comparator<Place> RANK = Comparator.comparing(Place::code)
            .thenComparing(Place::id, Comparator.comparing(UUID::toString));

    private final Map<PlaceType, STRtree> trees = new EnumMap<>(PlaceType.class);
    private final int size;

    private BoundaryIndex(Map<PlaceType, List<Entry>> byType) {
        int count = 0;
        for (var type : byType.entrySet()) {
            STRtree tree = new STRtree();
            for (Entry entry : type.getValue()) {
                tree.insert(entry.prepared.getGeometry().getEnvelopeInternal(), entry);
            }
            tree.build();
            trees.put(type.getKey(), tree);
            count += type.getValue().size();
        }
        this.size = count;
    }

    /** Indexes these places (ones without a polygonal boundary are left out). */
    public static BoundaryIndex of(Map<Place, Geometry> boundaries) {
        Map<PlaceType, List<Place>> byType = new EnumMap<>(PlaceType.class);
        boundaries.forEach((place, boundary) -> {
            if (boundary instanceof Polygonal && !boundary.isEmpty()) {
                byType.computeIfAbsent(place.type(), ignored -> new ArrayList<>()).add(place);
            }
        });
        Map<PlaceType, List<Entry>> entries = new EnumMap<>(PlaceType.class);
        byType.forEach((type, places) -> {
            places.sort(RANK);
            List<Entry> list = new ArrayList<>(places.size());
            for (int rank = 0; rank < places.size(); rank++) {
                list.add(Entry.of(places.get(rank), boundaries.get(places.get(rank)), rank));
            }
            entries.put(type, list);
        });
        return new BoundaryIndex(entries);
    }

    public static BoundaryIndex empty() {
        return new BoundaryIndex(Map.of());
    }

    /** How many places are indexed. */
    public int size() {
        return size;
    }

    /**
     * The places of each type holding the point, in type order: every place whose interior holds it, or else the
     * one (lowest code) whose boundary it lies on.
     */
    public List<Place> locate(double latitude, double longitude) {
        List<Place> found = new ArrayList<>();
        Search search = new Search(longitude, latitude);
        for (var tree : trees.values()) {
            search.reset();
            tree.query(search.envelope, search);
            if (!search.interior.isEmpty()) {
                search.interior.stream().sorted(Comparator.comparingInt(Entry::rank)).map(Entry::place)
                        .forEach(found::add);
            } else if (search.best != null) {
                found.add(search.best.place);
            }
        }
        return found;
    }

    /**
     * For each point, the id of the place of this type holding it, or null where none does. One search object is
     * reused for every point; only JTS allocates while searching.
     */
    public UUID[] locateAll(double[] latitudes, double[] longitudes, PlaceType type) {
        if (latitudes.length != longitudes.length) {
            throw new IllegalArgumentException("as many latitudes as longitudes are needed");
        }
        UUID[] found = new UUID[latitudes.length];
        STRtree tree = trees.get(type);
        if (tree == null) {
            return found;
        }
        Search search = new Search(0, 0);
        search.collectInterior = false;
        for (int i = 0; i < latitudes.length; i++) {
            double latitude = latitudes[i];
            double longitude = longitudes[i];
            if (Double.isNaN(latitude) || Double.isNaN(longitude)) {
                continue;
            }
            search.moveTo(longitude, latitude);
            tree.query(search.envelope, search);
            if (search.best != null) {
                found[i] = search.best.place.id();
            }
        }
        return found;
    }

    /** One place's boundary, prepared for fast point tests, with its rank among the places of its type. */
    private record Entry(Place place, PreparedGeometry prepared, PointOnGeometryLocator locator, int rank) {

        static Entry of(Place place, Geometry boundary, int rank) {
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(boundary);
            PointOnGeometryLocator locator = prepared instanceof PreparedPolygon polygon ? polygon.getPointLocator()
                    : new IndexedPointInAreaLocator(boundary);
            locator.locate(boundary.getCoordinate()); // builds the locator's index now, before the index is shared
            return new Entry(place, prepared, locator, rank);
        }
    }

    /** The state of one point's search, reused from point to point. */
    private static final class Search implements ItemVisitor {

        final Coordinate point = new Coordinate();
        final Envelope envelope = new Envelope();
        final List<Entry> interior = new ArrayList<>(2);
        boolean collectInterior = true;
        Entry best;
        boolean bestInterior;

        Search(double x, double y) {
            moveTo(x, y);
        }

        void moveTo(double x, double y) {
            point.x = x;
            point.y = y;
            envelope.init(x, x, y, y);
            reset();
        }

        void reset() {
            interior.clear();
            best = null;
            bestInterior = false;
        }

        @Override
        public void visitItem(Object item) {
            Entry entry = (Entry) item;
            int where = entry.locator.locate(point);
            if (where == Location.EXTERIOR) {
                return;
            }
            boolean inside = where == Location.INTERIOR;
            if (inside && collectInterior) {
                interior.add(entry);
            }
            if (best == null || (inside && !bestInterior) || (inside == bestInterior && entry.rank < best.rank)) {
                best = entry;
                bestInterior = inside;
            }
        }
    }
}
