package uk.saferhub.meetings.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One meeting generated from a cadence, in local (Europe/London) date and time, so a 10:00 meeting is 10:00 in both
 * GMT and BST; {@code purpose} and {@code window} (for example "to be held between September and October") may be
 * null.
 */
public record Occurrence(LocalDate date, LocalTime startTime, int durationMinutes, String purpose, String window) {

    /** The zone every meeting time is read in. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** When the meeting starts in London. */
    public ZonedDateTime start() {
        return start(LONDON);
    }

    /** When the meeting ends in London: {@code durationMinutes} of elapsed time after the start. */
    public ZonedDateTime end() {
        return end(LONDON);
    }

    /** The local date and start time read in {@code zone}; a time skipped by the clock change moves forward. */
    public ZonedDateTime start(ZoneId zone) {
        return ZonedDateTime.of(date, startTime, zone);
    }

    /** {@code durationMinutes} of elapsed time after {@link #start(ZoneId)}. */
    public ZonedDateTime end(ZoneId zone) {
        return start(zone).plusMinutes(durationMinutes);
    }
}
