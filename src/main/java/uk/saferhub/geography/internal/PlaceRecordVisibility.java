package uk.saferhub.geography.internal;

import java.util.Set;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordVisibility;

/** Places, boundaries and their imports are reference data every signed-in user sees, so the trail shows them all. */
@Component
class PlaceRecordVisibility implements RecordVisibility {

    @Override
    public Set<String> recordTypes() {
        return Set.of("place", "place-import");
    }

    @Override
    public Set<String> visibleTo(Actor actor, String recordType, Set<String> recordIds) {
        return actor == null ? Set.of() : recordIds;
    }
}
