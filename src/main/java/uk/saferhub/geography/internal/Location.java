package uk.saferhub.geography.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;

/**
 * Where a coordinate lies: the places whose boundaries hold it (one per type, unless places of one type overlap)
 * and the areas made of wards that include its ward.
 *
 * @param containing places whose own boundary holds the point, in type order
 * @param areas areas made of wards (city, patrol, trial areas, neighbourhoods) that include a ward holding the point
 */
public record Location(double latitude, double longitude, List<Place> containing, List<Place> areas) {

    public Location {
        containing = List.copyOf(containing);
        areas = List.copyOf(areas);
    }

    /** Whether no place holds the point. */
    public boolean isEmpty() {
        return containing.isEmpty() && areas.isEmpty();
    }

    /** The first place of this type holding the point. */
    public Optional<Place> of(PlaceType type) {
        return places().stream().filter(place -> place.type() == type).findFirst();
    }

    public Optional<Place> ward() {
        return of(PlaceType.WARD);
    }

    /** Every place holding the point, in type order (largest first), each once. */
    public List<Place> places() {
        List<Place> all = new ArrayList<>(containing);
        areas.stream().filter(area -> all.stream().noneMatch(place -> place.id().equals(area.id())))
                .forEach(all::add);
        all.sort(Comparator.comparing(Place::type));
        return all;
    }
}
