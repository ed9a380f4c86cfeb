package uk.saferhub.workforce.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Reading the three fields of a GOV.UK date input, and showing dates the GOV.UK way ("14 April 2026"). */
final class TrainingDates {

    static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private TrainingDates() {
    }

    /** The date, or null when the fields do not make a real date between the years 1900 and 2200. */
    static LocalDate read(String day, String month, String year) {
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1900 || y > 2200) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NullPointerException | NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
