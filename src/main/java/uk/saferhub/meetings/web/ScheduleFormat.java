package uk.saferhub.meetings.web;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import uk.saferhub.meetings.Meeting;

/** Shows meeting times as the schedule pages do: "Tuesday 6 January 2026, 10:00 to 12:00" (London time). */
final class ScheduleFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private ScheduleFormat() {
    }

    /** "Tuesday 6 January 2026, 10:00 to 12:00", naming the end day too when the meeting runs past midnight. */
    static String when(Meeting meeting) {
        ZonedDateTime start = meeting.start();
        ZonedDateTime end = meeting.end();
        String until = end.toLocalDate().equals(start.toLocalDate()) ? TIME.format(end)
                : TIME.format(end) + " on " + DAY.format(end);
        return DAY.format(start) + ", " + TIME.format(start) + " to " + until;
    }

    /** "Tuesday 6 January 2026, 10:00". */
    static String at(ZonedDateTime time) {
        return DAY.format(time) + ", " + TIME.format(time);
    }

    /** "Tuesday 6 January 2026". */
    static String day(ZonedDateTime time) {
        return DAY.format(time);
    }
}
