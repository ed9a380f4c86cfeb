package uk.saferhub.geography.web;

import java.util.List;
import java.util.UUID;

import uk.saferhub.geography.Place;
import uk.saferhub.geography.internal.Location;

/** Places as the API shows them; a {@code typeLabel} is the type's name in the messages, as the pages show it. */
final class PlaceResponses {

    private PlaceResponses() {
    }

    /** A place named in another answer: its id, type, code and name. */
    record PlaceRef(UUID id, String type, String code, String name) {

        static PlaceRef of(Place place) {
            return place == null ? null : new PlaceRef(place.id(), place.type().name(), place.code(), place.name());
        }
    }

    /** A place in a list. */
    record PlaceSummary(UUID id, String type, String typeLabel, String code, String name, UUID parentId,
            boolean madeOfWards, boolean hasBoundary) {

        static PlaceSummary of(Place place, String typeLabel) {
            return new PlaceSummary(place.id(), place.type().name(), typeLabel, place.code(), place.name(),
                    place.parentId(), place.madeOfWards(), place.hasBoundary());
        }
    }

    /** One place with its parent, the places below it and, for an area made of wards, its wards. */
    record PlaceDetail(UUID id, String type, String typeLabel, String code, String name, Double areaSqKm,
            Integer population, String source, boolean madeOfWards, boolean hasBoundary, PlaceRef parent,
            List<PlaceRef> children, List<PlaceRef> wards) {

        static PlaceDetail of(Place place, String typeLabel, Place parent, List<Place> children, List<Place> wards) {
            return new PlaceDetail(place.id(), place.type().name(), typeLabel, place.code(), place.name(),
                    place.areaSqKm(), place.population(), place.source(), place.madeOfWards(), place.hasBoundary(),
                    PlaceRef.of(parent), children.stream().map(PlaceRef::of).toList(),
                    wards.stream().map(PlaceRef::of).toList());
        }
    }

    /**
     * Where a point lies.
     *
     * @param places every place holding the point, largest type first (force area, division, district, city area,
     *     ward, LSOA, neighbourhood, patrol area, trial area), areas made of wards included
     */
    record LocationResponse(double latitude, double longitude, List<PlaceRef> places) {

        static LocationResponse of(Location location) {
            return new LocationResponse(location.latitude(), location.longitude(),
                    location.places().stream().map(PlaceRef::of).toList());
        }
    }
}
