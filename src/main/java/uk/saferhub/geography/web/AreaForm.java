package uk.saferhub.geography.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;

/** The form for an area made of wards: its type, code, name, parent and the wards chosen. */
record AreaForm(PlaceType type, String code, String name, UUID parentId, List<UUID> wardIds) {

    AreaForm {
        wardIds = wardIds == null ? List.of() : List.copyOf(wardIds.stream().filter(id -> id != null).toList());
    }

    static AreaForm empty() {
        return new AreaForm(PlaceType.PATROL_AREA, null, null, null, List.of());
    }

    static AreaForm of(Place area, List<Place> wards) {
        return new AreaForm(area.type(), area.code(), area.name(), area.parentId(),
                wards.stream().map(Place::id).toList());
    }

    Set<UUID> wards() {
        return new LinkedHashSet<>(wardIds);
    }

    boolean chosen(UUID ward) {
        return wardIds.contains(ward);
    }
}
