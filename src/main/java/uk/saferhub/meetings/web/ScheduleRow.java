package uk.saferhub.meetings.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import uk.saferhub.meetings.internal.BankHolidays;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingStatus;

/**
 * One meeting as a row of a schedule table: when, which body, what for, where, and its status as a tag with the
 * reason for a cancellation or the time a moved meeting was moved from.
 */
record ScheduleRow(UUID id, String when, UUID bodyId, String bodyName, String purpose, String window,
        String location, String status, String tagClass, String note, boolean coming, boolean movable,
        boolean markable) {

    static ScheduleRow of(Meeting meeting, String bodyName, Instant now, MeetingsText text) {
        boolean coming = meeting.start().toInstant().isAfter(now);
        String status;
        String tag;
        List<String> notes = new ArrayList<>();
        if (meeting.status() == MeetingStatus.CANCELLED) {
            status = "cancelled";
            tag = "govuk-tag--red";
            notes.add(text.text("meetings.schedule.note.cancelled", meeting.cancelReason()));
        } else if (meeting.status() == MeetingStatus.HELD) {
            status = "held";
            tag = "govuk-tag--green";
        } else if (!coming) {
            status = "notRecorded";
            tag = "govuk-tag--grey";
        } else if (meeting.movedFrom() != null) {
            status = "moved";
            tag = "govuk-tag--yellow";
        } else {
            status = "scheduled";
            tag = "govuk-tag--blue";
        }
        if (meeting.movedFrom() != null && meeting.status() != MeetingStatus.CANCELLED) {
            notes.add(meeting.moveReason() == null
                    ? text.text("meetings.schedule.note.moved", text.at(meeting.movedFrom()))
                    : text.text("meetings.schedule.note.movedBecause", text.at(meeting.movedFrom()),
                            meeting.moveReason()));
        }
        boolean scheduled = meeting.status() == MeetingStatus.SCHEDULED;
        if (scheduled && coming) {
            BankHolidays.on(meeting.start().toLocalDate())
                    .ifPresent(holiday -> notes.add(text.text("meetings.schedule.note.bankHoliday", holiday)));
        }
        return new ScheduleRow(meeting.id(), text.when(meeting), meeting.bodyId().value(), bodyName,
                purpose(meeting, bodyName), meeting.windowText(), meeting.location(),
                text.text("meetings.schedule.status." + status), tag,
                notes.isEmpty() ? null : String.join(text.text("meetings.schedule.note.between"), notes),
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
