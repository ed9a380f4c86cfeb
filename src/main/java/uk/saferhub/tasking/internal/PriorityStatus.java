package uk.saferhub.tasking.internal;

/** Where a priority is: proposed, agreed, active, monitoring, then closed as achieved or not. */
public enum PriorityStatus {
    PROPOSED, AGREED, ACTIVE, MONITORING, CLOSED_ACHIEVED, CLOSED_NOT_ACHIEVED;

    public boolean closed() {
        return this == CLOSED_ACHIEVED || this == CLOSED_NOT_ACHIEVED;
    }

    /** Counted as one of a group's active priorities: agreed, active or being monitored. */
    public boolean live() {
        return this == AGREED || this == ACTIVE || this == MONITORING;
    }
}
