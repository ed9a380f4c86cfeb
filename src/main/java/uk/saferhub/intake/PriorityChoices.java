package uk.saferhub.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import uk.saferhub.shared.access.Actor;

/**
 * The tasking priorities intake may link a report or an observation to. Tasking implements it (tasking depends on
 * intake, so intake asks through this port and never names tasking).
 */
public interface PriorityChoices {

    /** The live priorities the actor may see and link to, by group and title. */
    List<PriorityChoice> open(Actor actor);

    /** One priority, when the actor may see it. */
    Optional<PriorityChoice> find(Actor actor, UUID id);
}
