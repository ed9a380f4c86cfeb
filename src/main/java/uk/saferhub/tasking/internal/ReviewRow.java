package uk.saferhub.tasking.internal;

import java.time.ZonedDateTime;

/**
 * One priority in a meeting's review: the priority as it is now, whether the reader may change it, its state as
 * recorded at this meeting (none yet), and the previous cycle's meeting when it was not reviewed there.
 */
public record ReviewRow(Priority priority, boolean mayChange, CycleState recorded, ZonedDateTime notReviewedAt) {

    public boolean flagged() {
        return notReviewedAt != null;
    }
}
