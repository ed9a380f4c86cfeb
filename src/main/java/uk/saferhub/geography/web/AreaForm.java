package uk.saferhub.geography.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.web.PlainText;

/**
 * An area made of wards as posted: its type, name, code, parent and the wards chosen (null when none is). What the
 * area may be made of is the editor's rule: it refuses a type not made of wards, a code taken, a ward not known.
 */
record AreaForm(
        @NotNull(message = "{geography.area.type.required}") PlaceType type,
        @NotBlank(message = "{geography.area.code.required}")
        @Size(max = 60, message = "{geography.area.code.tooLong}") @PlainText String code,
        @NotBlank(message = "{geography.area.name.required}")
        @Size(max = 200, message = "{geography.area.name.tooLong}") @PlainText String name,
        UUID parentId,
        List<UUID> wardIds) {

    static AreaForm empty() {
        return new AreaForm(PlaceType.PATROL_AREA, null, null, null, null);
    }

    static AreaForm of(Place area, List<Place> wards) {
        return new AreaForm(area.type(), area.code(), area.name(), area.parentId(),
                wards.stream().map(Place::id).toList());
    }

    /** The wards chosen. */
    Set<UUID> wards() {
        return wardIds == null ? Set.of() : new LinkedHashSet<>(wardIds);
    }
}
