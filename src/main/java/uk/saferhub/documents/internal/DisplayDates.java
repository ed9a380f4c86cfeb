package uk.saferhub.documents.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the register and the control block write them: "3 November 2011", or "October 2011" to the month. */
public final class DisplayDates {

    /** The zone the register counts its days in. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private DisplayDates() {
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String month(LocalDate date) {
        return date == null ? "" : MONTH.format(date);
    }

    public static String of(LocalDate date, boolean monthOnly) {
        return monthOnly ? month(date) : day(date);
    }
}
