package uk.saferhub.meetings.internal;

import java.util.List;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.partnership.Body;

/** An action with the meeting that agreed it, whether it is overdue, and its progress updates. */
public record ActionDetail(MeetingAction action, Meeting meeting, Body body, boolean overdue, boolean mayEdit,
        List<ActionUpdate> updates) {
}
