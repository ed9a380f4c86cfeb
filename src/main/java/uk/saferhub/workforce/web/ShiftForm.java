package uk.saferhub.workforce.web;

import java.time.DayOfWeek;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A shift of a PCSO's weekly pattern: a day, and its start and end as hh:mm (an end before the start runs past midnight). */
record ShiftForm(
        @NotNull(message = "{workforce.shift.day.required}") DayOfWeek day,
        @NotNull(message = "{workforce.shift.starts.required}")
        @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "{workforce.shift.time.format}") String starts,
        @NotNull(message = "{workforce.shift.ends.required}")
        @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "{workforce.shift.time.format}") String ends) {

    static ShiftForm empty() {
        return new ShiftForm(null, "07:00", "15:00");
    }
}
