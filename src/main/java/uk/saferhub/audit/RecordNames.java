package uk.saferhub.audit;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import uk.saferhub.shared.access.Actor;

/**
 * Names the records the audit trail mentions, so that its reader sees "East North East local tasking group" where the
 * trail stores an id: the record an event is about, and the ids among the values an event changed (a person, an
 * organisation, a body). The audit module stores only ids and must not read other modules' tables; each module that
 * writes to the trail names its own records, as a bean in its internal package. Ids of any kind are asked at once:
 * a module names those it knows and leaves the rest out.
 */
public interface RecordNames {

    /**
     * Of these ids, those naming a record of this module, named as its reader may see it: by name when the viewer may
     * see the record (with the address of its page when they may open it), otherwise left out or named only as the
     * access model allows (a person by their job title, never linked). Answering must never itself be audited.
     */
    Map<UUID, Named> namesOf(Actor viewer, Set<UUID> ids);

    /** A record's name as the viewer may read it, and the address of its page, or null when none is to be linked. */
    record Named(String name, String path) {

        public static Named linked(String name, String path) {
            return new Named(name, path);
        }

        public static Named unlinked(String name) {
            return new Named(name, null);
        }
    }
}
