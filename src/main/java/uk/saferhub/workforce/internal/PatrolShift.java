package uk.saferhub.workforce.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/** One shift of a PCSO's weekly pattern: a day and its hours (ending after midnight when the end is earlier). */
public record PatrolShift(UUID id, UUID pcsoId, DayOfWeek day, LocalTime starts, LocalTime ends) {

    /** The length of the shift in minutes. */
    public int minutes() {
        int minutes = ends.toSecondOfDay() / 60 - starts.toSecondOfDay() / 60;
        return minutes > 0 ? minutes : minutes + 24 * 60;
    }

    /**
     * Whether the shift covers part of the evening peak of anti-social behaviour and disorder (18:00 to 23:00), or
     * falls on a Friday or Saturday.
     */
    public boolean peak() {
        if (day == DayOfWeek.FRIDAY || day == DayOfWeek.SATURDAY) {
            return true;
        }
        int start = starts.toSecondOfDay() / 60;
        int end = start + minutes();
        return start < 23 * 60 && end > 18 * 60;
    }
}
