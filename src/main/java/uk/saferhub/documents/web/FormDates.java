package uk.saferhub.documents.web;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.springframework.validation.Errors;

/** Reads the three boxes of a GOV.UK date input (day, month, year) into a date, reporting errors on the day box. */
final class FormDates {

    private FormDates() {
    }

    /** The date, or null when any part is empty or the parts make no real date. */
    static LocalDate of(String day, String month, String year) {
        if (blank(day) || blank(month) || blank(year)) {
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1900 || y > 2200) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /** A required date: its error goes on {@code prefix + "Day"}, which the error summary links to. */
    static LocalDate required(Errors errors, String prefix, String day, String month, String year, String what) {
        LocalDate date = of(day, month, year);
        if (date == null) {
            boolean empty = blank(day) && blank(month) && blank(year);
            errors.rejectValue(prefix + "Day", empty ? "required" : "invalid", empty ? "Enter " + what
                    : "Enter " + what + " as a real date, for example 3 11 2011");
        }
        return date;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String day(LocalDate date) {
        return String.valueOf(date.getDayOfMonth());
    }

    static String month(LocalDate date) {
        return String.valueOf(date.getMonthValue());
    }

    static String year(LocalDate date) {
        return String.valueOf(date.getYear());
    }
}
