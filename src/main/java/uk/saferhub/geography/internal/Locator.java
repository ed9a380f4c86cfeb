package uk.saferhub.geography.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;


/**
 * Finds the places holding a coordinate, from an in-memory spatial index of every boundary. The index is built on
 * first use and again after places change ({@link PlacesChanged}), with the areas made of wards that include each
 * ward; readers always see one complete index.
 */
@Service
public class Locator {

    private static final Logger log = LoggerFactory.getLogger(Locator.class);

    private final PlaceStore places;
    /** Bumped by every change; an index built from an older generation is stale. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    Locator(PlaceStore places) {
        this.places = places;
    }

    /** The places holding this point, with the areas made of wards that include its ward. */
    public Location locate(double latitude, double longitude) {
        Snapshot now = current();
        List<Place> containing = now.index.locate(latitude, longitude);
        Map<UUID, Place> areas = new LinkedHashMap<>();
        containing.stream().filter(place -> place.type() == PlaceType.WARD)
                .forEach(ward -> now.areasByWard.getOrDefault(ward.id(), List.of())
                        .forEach(area -> areas.putIfAbsent(area.id(), area)));
        return new Location(latitude, longitude, containing, new ArrayList<>(areas.values()));
    }

    /**
     * For each point, the id of the place of this type holding it, or null where none does (or the coordinate is
     * NaN). For bulk assignment: the arrays are parallel and the answer has the same length.
     */
    public UUID[] locateAll(double[] latitudes, double[] longitudes, PlaceType type) {
        return current().index.locateAll(latitudes, longitudes, type);
    }

    /** How many boundaries the index holds now (building it if needed). */
    public int indexedPlaces() {
        return current().index.size();
    }

    /** Places or boundaries changed: the next search rebuilds the index from what was committed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void placesChanged(PlacesChanged changed) {
        generation.incrementAndGet();
    }

    private Snapshot current() {
        Snapshot now = snapshot;
        if (now != null && now.generation == generation.get()) {
            return now;
        }
        synchronized (this) {
            now = snapshot;
            long wanted = generation.get();
            if (now == null || now.generation != wanted) {
                now = new Snapshot(wanted, build(), Map.copyOf(places.areasByWard()));
                snapshot = now;
            }
            return now;
        }
    }

    private BoundaryIndex build() {
        long started = System.nanoTime();
        Map<Place, Geometry> boundaries = new HashMap<>();
        places.forEachBoundary(boundaries::put);
        BoundaryIndex index = BoundaryIndex.of(boundaries);
        log.info("Spatial index of {} boundaries built in {} ms", index.size(),
                (System.nanoTime() - started) / 1_000_000);
        return index;
    }

    /**
     * An index, the areas made of wards that include each ward (read with it, so a located point costs no query), and
     * the generation of places they were read from.
     */
    private record Snapshot(long generation, BoundaryIndex index, Map<UUID, List<Place>> areasByWard) {
    }
}
