package uk.saferhub.shared.access;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Says which records of the kinds a module writes to the audit trail an actor may see, so that the trail shows what an
 * event recorded (its summary and changed fields) only to those the module's own access rules let see the record.
 * Each module that writes audit events provides one, as a bean, for its record types; the audit trail withholds the
 * details of an event whose record type no module claims. Answering must never itself be audited: implementations
 * ask their module's rules without publishing {@link RestrictedRecordViewed} or {@link AccessRefused}.
 */
public interface RecordVisibility {

    /** The audit record types (for example {@code meeting-agenda-item}) this answers for. */
    Set<String> recordTypes();

    /**
     * Of the given ids of records of one of {@link #recordTypes()}, those the actor may see. An id that names no record
     * the module knows is left out, unless the record type carries nothing restricted.
     */
    Set<String> visibleTo(Actor actor, String recordType, Set<String> recordIds);

    /** The ids that are UUIDs, as UUIDs; an id of another form names no record of a UUID-keyed type. */
    static Set<UUID> uuidsOf(Set<String> recordIds) {
        var uuids = new HashSet<UUID>();
        for (String id : recordIds) {
            try {
                uuids.add(UUID.fromString(id));
            } catch (IllegalArgumentException notAUuid) {
                // left out, so withheld
            }
        }
        return uuids;
    }

    /** The given UUIDs as the audit trail writes record ids. */
    static Set<String> idsOf(Set<UUID> uuids) {
        var ids = new HashSet<String>();
        uuids.forEach(uuid -> ids.add(uuid.toString()));
        return ids;
    }
}
