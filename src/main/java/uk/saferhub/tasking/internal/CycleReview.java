package uk.saferhub.tasking.internal;

import java.time.ZonedDateTime;
import java.util.List;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.partnership.Body;

/**
 * A tasking group's review at one of its meetings (a cycle): its priorities to review, whether the reader may record
 * it, the review as recorded so far (none yet), the body escalations go to (none: the group reports to no body) and
 * the previous cycle's meeting (none: the first).
 */
public record CycleReview(Meeting meeting, Body group, List<ReviewRow> rows, boolean mayRecord, ReviewRecord recorded,
        Body escalatesTo, ZonedDateTime previousCycle) {

    public long flagged() {
        return rows.stream().filter(ReviewRow::flagged).count();
    }
}
