package uk.saferhub.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import uk.saferhub.shared.access.Actor;

/**
 * What intake needs of tasking: the priorities a report or an observation may be linked to, the categories an
 * observation is recorded under, and the wards the actor's tasking groups cover. Tasking implements it (tasking
 * depends on intake, so intake asks through this port and never names tasking).
 */
public interface PriorityChoices {

    /** The live priorities the actor may see and link to, by group and title. */
    List<PriorityChoice> open(Actor actor);

    /** One priority, when the actor may see it. */
    Optional<PriorityChoice> find(Actor actor, UUID id);

    /** The current categories of priorities, by name: an observation is recorded under one of them. */
    List<CategoryChoice> categories();

    /** The wards of the areas the tasking groups the actor may see cover, by name (empty when they see none). */
    List<UUID> wardsCovered(Actor actor);

    /** A category as intake offers it. */
    record CategoryChoice(UUID id, String name, boolean environmental) {
    }
}
