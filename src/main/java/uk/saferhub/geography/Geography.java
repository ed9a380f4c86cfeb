package uk.saferhub.geography;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.geography.internal.Locator;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * The geography module's read API: places, their hierarchy, the wards inside a place and boundaries. Places are
 * reference data every signed-in partner may see, so these methods take no actor.
 */
@Service
public class Geography {

    private final PlaceStore places;
    private final Locator locator;

    Geography(PlaceStore places, Locator locator) {
        this.places = places;
        this.locator = locator;
    }

    /**
     * Every place holding a coordinate (WGS84), largest type first: its ward, LSOA, district and the areas made of
     * wards that include its ward, as {@code /places/locate} answers. Empty when no boundary holds it.
     */
    public List<Place> locate(double latitude, double longitude) {
        return locator.locate(latitude, longitude).places();
    }

    /**
     * For each point (parallel arrays of WGS84 coordinates), the id of the ward holding it, or null where none does or
     * the coordinate is NaN: the ward {@link #locate} would name, for many points at once (bulk imports).
     */
    public UUID[] wardsAt(double[] latitudes, double[] longitudes) {
        return locator.locateAll(latitudes, longitudes, PlaceType.WARD);
    }

    /**
     * The ward of every LSOA held under a ward, by the LSOA's code: for bulk imports placing rows that have an LSOA
     * code and no coordinates (one query, not one a row).
     */
    @Transactional(readOnly = true)
    public Map<String, UUID> wardsOfLsoas() {
        java.util.Set<UUID> wards = new java.util.HashSet<>();
        places.ofType(PlaceType.WARD).forEach(ward -> wards.add(ward.id()));
        Map<String, UUID> found = new java.util.HashMap<>();
        for (Place lsoa : places.ofType(PlaceType.LSOA)) {
            if (lsoa.code() != null && lsoa.parentId() != null && wards.contains(lsoa.parentId())) {
                found.put(lsoa.code(), lsoa.parentId());
            }
        }
        return found;
    }

    @Transactional(readOnly = true)
    public Optional<Place> place(UUID id) {
        return places.find(id);
    }

    /** A place or 404. */
    @Transactional(readOnly = true)
    public Place require(UUID id) {
        return places.find(id).orElseThrow(() -> new RecordNotFoundException("place", id));
    }

    @Transactional(readOnly = true)
    public Optional<Place> place(PlaceType type, String code) {
        return places.find(type, code);
    }

    /** Places with this code of any type (an ONS code is unique across types in practice). */
    @Transactional(readOnly = true)
    public List<Place> withCode(String code) {
        return places.withCode(code);
    }

    @Transactional(readOnly = true)
    public List<Place> places(PlaceType type) {
        return places.ofType(type);
    }

    @Transactional(readOnly = true)
    public List<Place> all() {
        return places.all();
    }

    @Transactional(readOnly = true)
    public List<Place> children(UUID parent) {
        return places.children(parent);
    }

    /**
     * The wards inside a place: the place itself if it is a ward, the wards an area is made of, or the wards below it
     * in the hierarchy (a district's wards; a county's or force area's through its districts).
     */
    @Transactional(readOnly = true)
    public List<Place> wardsWithin(UUID placeId) {
        Place place = require(placeId);
        if (place.type() == PlaceType.WARD) {
            return List.of(place);
        }
        if (place.madeOfWards()) {
            return places.wardsOf(placeId);
        }
        return places.descendants(placeId).stream().filter(p -> p.type() == PlaceType.WARD).toList();
    }

    /** The areas made of wards (city areas, trial areas, patrol areas) that include this ward. */
    @Transactional(readOnly = true)
    public List<Place> areasIncluding(UUID ward) {
        return places.areasIncluding(ward);
    }

    @Transactional(readOnly = true)
    public Optional<Geometry> boundary(UUID id) {
        return places.boundary(id);
    }

    @Transactional(readOnly = true)
    public Map<UUID, Geometry> boundaries(Collection<UUID> ids) {
        return places.boundaries(ids);
    }
}
