package uk.saferhub.meetings.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingStatus;

/**
 * One meeting as a row of a schedule table: when, which body, what for, where, and its status as a tag with the
 * reason for a cancellation or the time a moved meeting was moved from.
 */
record ScheduleRow(UUID id, String when, UUID bodyId, String bodyName, String purpose, String window,
        String location, String status, String tagClass, String note, boolean coming, boolean movable,
        boolean markable) {

    static ScheduleRow of(Meeting meeting, String bodyName, Instant now) {
        boolean coming = meeting.start().toInstant().isAfter(now);
        String status;
        String tag;
        String note = null;
        if (meeting.status() == MeetingStatus.CANCELLED) {
            status = "Cancelled";
            tag = "govuk-tag--red";
            note = "Cancelled: " + meeting.cancelReason();
        } else if (meeting.status() == MeetingStatus.HELD) {
            status = "Held";
            tag = "govuk-tag--green";
        } else if (!coming) {
            status = "Not recorded";
            tag = "govuk-tag--grey";
        } else if (meeting.movedFrom() != null) {
            status = "Moved";
            tag = "govuk-tag--yellow";
        } else {
            status = "Scheduled";
            tag = "govuk-tag--blue";
        }
        if (meeting.movedFrom() != null && meeting.status() != MeetingStatus.CANCELLED) {
            note = "Moved from " + ScheduleFormat.at(meeting.movedFrom())
                    + (meeting.moveReason() == null ? "" : ": " + meeting.moveReason());
        }
        boolean scheduled = meeting.status() == MeetingStatus.SCHEDULED;
        if (scheduled && coming) {
            String holiday = uk.saferhub.meetings.BankHolidays.on(meeting.start().toLocalDate()).orElse(null);
            if (holiday != null) {
                note = (note == null ? "" : note + ". ") + "Falls on a bank holiday (" + holiday
                        + "): consider moving it";
            }
        }
        return new ScheduleRow(meeting.id(), ScheduleFormat.when(meeting), meeting.bodyId().value(), bodyName,
                purpose(meeting, bodyName), meeting.windowText(), meeting.location(), status, tag, note,
                coming, scheduled && coming, scheduled && !coming);
    }

    /** The purpose, with the title when it says more than the body's name; null when neither says anything. */
    private static String purpose(Meeting meeting, String bodyName) {
        List<String> parts = new ArrayList<>();
        if (meeting.title() != null && !meeting.title().equals(bodyName)) {
            parts.add(meeting.title());
        }
        if (meeting.purpose() != null) {
            parts.add(meeting.purpose());
        }
        return parts.isEmpty() ? null : String.join(": ", parts);
    }
}
