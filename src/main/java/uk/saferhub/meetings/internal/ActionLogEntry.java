package uk.saferhub.meetings.internal;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.partnership.Body;

/** A line of the action log: the action, the meeting that agreed it and its body. */
public record ActionLogEntry(MeetingAction action, Meeting meeting, Body body, boolean overdue) {
}
