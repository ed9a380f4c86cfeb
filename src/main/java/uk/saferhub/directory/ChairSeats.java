package uk.saferhub.directory;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.Audience;

/**
 * Who works with the people chairing a body. A person holding a chair's or co-chair's seat on a body today is seen, by
 * name, role and organisation, by everyone holding a seat on that body and by every organisation a seat represents,
 * even when their own organisation keeps them from others (an AGENCY police inspector co-chairing a tasking group
 * with a council's coordinator). The directory asks this when it decides who may see a person; the module that knows
 * bodies and seats provides it, so the directory needs no dependency on that module.
 */
public interface ChairSeats {

    /** For each of these people who chairs or co-chairs a body today, who works with them there; others left out. */
    Map<UUID, Audience> workingWith(Collection<UUID> personIds);

    /** The people chairing or co-chairing today a body the actor holds a seat on or their organisation is seated on. */
    Set<UUID> chairsWorkingWith(Actor actor);
}
