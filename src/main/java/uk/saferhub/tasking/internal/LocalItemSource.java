package uk.saferhub.tasking.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import uk.saferhub.intake.LocalItem;
import uk.saferhub.shared.access.Actor;

/**
 * One source of things reported at places that the local data analysis counts: residents' reports, PCSOs'
 * observations. Each is a bean; the analysis counts every one there is. Never intelligence: the analysis is seen by
 * council officers too.
 */
public interface LocalItemSource {

    /** The {@link LocalItem#source()} of its items, such as REPORT. */
    String source();

    /** Its items placed in any of the wards from {@code from} (inclusive) to {@code to} (exclusive). */
    List<LocalItem> items(Set<UUID> wardIds, Instant from, Instant to);

    /** Its items of these ids that exist. */
    List<LocalItem> items(Collection<String> ids);

    /** Where the actor may open one of its items, or nothing when they may not. */
    Optional<String> href(Actor actor, String id);
}
