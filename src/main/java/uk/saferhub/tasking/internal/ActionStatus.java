package uk.saferhub.tasking.internal;

/** Where an action under a priority is. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, NOT_DONE;

    public boolean finished() {
        return this == DONE || this == NOT_DONE;
    }
}
