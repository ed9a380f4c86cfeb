package uk.saferhub.tasking.internal;

/**
 * What became of a priority over a report's period: agreed in it (its first state past proposed), carried forward
 * (reviewed, still open), closed as achieved or not, or only proposed so far.
 */
public enum ReportChange {
    AGREED, CARRIED, CLOSED_ACHIEVED, CLOSED_NOT_ACHIEVED, PROPOSED
}
