package uk.saferhub.workforce.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordVisibility;
import uk.saferhub.workforce.ContactPoint;

/** Contact points are advertised: the audit trail shows their changes to anyone who may read the trail. */
@Component
class ContactPointRecordVisibility implements RecordVisibility {

    private final ContactPointStore store;

    ContactPointRecordVisibility(ContactPointStore store) {
        this.store = store;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of(ContactPoint.RECORD_TYPE);
    }

    @Override
    public Set<String> visibleTo(Actor actor, String recordType, Set<String> recordIds) {
        Set<UUID> known = new HashSet<>();
        store.all().forEach(point -> known.add(point.id()));
        Set<UUID> asked = RecordVisibility.uuidsOf(recordIds);
        asked.retainAll(known);
        return RecordVisibility.idsOf(asked);
    }
}
