package uk.saferhub.meetings.web;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day as a person types it on the meetings forms: hours and minutes in 24-hour time, 10:00, 9:30 or 14.30.
 * The form kit has no time input yet; this is its one reading for the meetings module.
 */
final class TimeOfDay {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    private TimeOfDay() {
    }

    /** The time typed, or null when nothing or no time of day was typed. */
    static LocalTime parse(String text) {
        Matcher matcher = text == null ? null : TIME.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        try {
            return LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A time as the forms show it again, 09:30. */
    static String format(LocalTime time) {
        return time == null ? null : time.toString();
    }
}
