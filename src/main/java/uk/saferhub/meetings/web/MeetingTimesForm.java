package uk.saferhub.meetings.web;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.NewMeeting;
import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.PlainText;

/**
 * A meeting's date, times and place as posted, with a title and purpose when adding one and a reason when moving one.
 * Times are London local times, HH:MM.
 */
record MeetingTimesForm(
        @Size(max = 200, message = "{meetings.meetingForm.title.tooLong}") @PlainText String title,
        @Size(max = 200, message = "{meetings.meetingForm.purpose.tooLong}") @PlainText String purpose,
        @DateEntered(name = "meetings.meetingForm.date.name") DateInput date,
        String startTime,
        String endTime,
        @Size(max = 200, message = "{meetings.meetingForm.location.tooLong}") @PlainText String location,
        @PlainText(lineBreaks = true) String reason) {

    /** The scheduler's field names that the form calls differently. */
    static final Map<String, String> FIELDS = Map.of("start", "date.day", "end", "endTime");

    MeetingTimesForm {
        date = DateInput.orEmpty(date);
    }

    static MeetingTimesForm empty() {
        return new MeetingTimesForm(null, null, DateInput.empty(), null, null, null, null);
    }

    /** The form filled in with where and when the meeting is now. */
    static MeetingTimesForm of(Meeting meeting) {
        return new MeetingTimesForm(null, null, DateInput.of(meeting.start().toLocalDate()),
                TimeOfDay.format(meeting.start().toLocalTime()), TimeOfDay.format(meeting.end().toLocalTime()),
                meeting.location(), null);
    }

    /** The times must be times of day; the end may be left out when adding a meeting. */
    void check(Errors errors, boolean endRequired) {
        if (TimeOfDay.parse(startTime) == null) {
            FormErrors.reject(errors, "startTime", "meetings.meetingForm.startTime.invalid");
        }
        boolean noEnd = endTime == null || endTime.isBlank();
        if ((endRequired || !noEnd) && TimeOfDay.parse(endTime) == null) {
            FormErrors.reject(errors, "endTime", "meetings.meetingForm.endTime.invalid");
        }
    }

    LocalDateTime start() {
        return date.date().atTime(TimeOfDay.parse(startTime));
    }

    /** The end on the meeting's day, or null when left out. */
    LocalDateTime end() {
        LocalTime end = TimeOfDay.parse(endTime);
        return end == null ? null : date.date().atTime(end);
    }

    NewMeeting details() {
        return new NewMeeting(title, purpose, start(), end(), location);
    }
}
