package uk.saferhub.meetings.web;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import uk.saferhub.meetings.CadenceKind;

/** An option of a select or radio on the schedule forms, and the lists of them those forms offer. */
record ScheduleChoice(String value, String label) {

    static List<ScheduleChoice> months() {
        return Arrays.stream(Month.values())
                .map(month -> new ScheduleChoice(month.name(), month.getDisplayName(TextStyle.FULL, Locale.UK)))
                .toList();
    }

    static List<ScheduleChoice> weeks() {
        return List.of(new ScheduleChoice("1", "First"), new ScheduleChoice("2", "Second"),
                new ScheduleChoice("3", "Third"), new ScheduleChoice("4", "Fourth"), new ScheduleChoice("5", "Last"));
    }

    static List<ScheduleChoice> days() {
        return Arrays.stream(DayOfWeek.values())
                .map(day -> new ScheduleChoice(day.name(), day.getDisplayName(TextStyle.FULL, Locale.UK))).toList();
    }

    static List<ScheduleChoice> kinds() {
        return Arrays.stream(CadenceKind.values()).map(kind -> new ScheduleChoice(kind.name(), switch (kind) {
            case EVERY_N_WEEKS -> "Every few weeks, such as a six-weekly tasking cycle";
            case FIXED_MONTHS -> "In fixed months, such as September and March";
            case ANNUAL_WINDOW -> "Once a year, within a window of months";
        })).toList();
    }
}
