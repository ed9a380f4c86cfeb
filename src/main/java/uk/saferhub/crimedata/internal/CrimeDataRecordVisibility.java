package uk.saferhub.crimedata.internal;

import java.util.Set;

import org.springframework.stereotype.Component;

import uk.saferhub.crimedata.CrimeImports;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordVisibility;

/**
 * Crime data imports are of public data.police.uk figures: their audit events are shown to whoever may read the
 * audit trail.
 */
@Component
class CrimeDataRecordVisibility implements RecordVisibility {

    @Override
    public Set<String> recordTypes() {
        return Set.of(CrimeImports.RECORD_TYPE);
    }

    @Override
    public Set<String> visibleTo(Actor actor, String recordType, Set<String> recordIds) {
        return actor == null ? Set.of() : Set.copyOf(recordIds);
    }
}
