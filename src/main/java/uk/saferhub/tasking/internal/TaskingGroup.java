package uk.saferhub.tasking.internal;

import uk.saferhub.partnership.Body;

/** A tasking group the reader may see, with the number of its live (agreed, active, monitoring) priorities. */
public record TaskingGroup(Body body, long livePriorities) {
}
