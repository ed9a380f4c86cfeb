package uk.saferhub.directory.web;

import org.springframework.stereotype.Component;

import uk.saferhub.directory.Person;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.Role;

/**
 * Whether to offer an actor the directory's add and change buttons: the same rule as the handlers' own
 * {@code hasRole('COORDINATOR')}, as {@link ChangePolicy} states the role hierarchy.
 */
@Component
class DirectoryEditors {

    boolean mayEdit(Actor actor) {
        return ChangePolicy.holds(actor, Role.COORDINATOR);
    }

    /**
     * Whether to offer the change button on a person's page: not for someone the actor sees only because they chair a
     * body the actor works with, whose record is their own organisation's to keep.
     */
    boolean mayEdit(Actor actor, Person person) {
        return mayEdit(actor) && ChangePolicy.mayChange(actor, person, Role.COORDINATOR);
    }
}
