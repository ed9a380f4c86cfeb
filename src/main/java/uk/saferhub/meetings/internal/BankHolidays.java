package uk.saferhub.meetings.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * England and Wales bank holidays (Banking and Financial Dealings Act 1971 and proclamations), computed for any year,
 * with the substitute days and the one-off changes since 2002, so that a meeting a cadence puts on one can be flagged.
 */
public final class BankHolidays {

    private static final Map<LocalDate, String> ONE_OFF = Map.of(
            LocalDate.of(2002, 6, 3), "Golden Jubilee",
            LocalDate.of(2011, 4, 29), "Royal wedding",
            LocalDate.of(2012, 6, 5), "Diamond Jubilee",
            LocalDate.of(2022, 6, 3), "Platinum Jubilee",
            LocalDate.of(2022, 9, 19), "State funeral of Queen Elizabeth II",
            LocalDate.of(2023, 5, 8), "Coronation of King Charles III");

    /** Years whose late May or early May holiday was moved by proclamation: the day it was moved to. */
    private static final Map<Integer, LocalDate> SPRING_MOVED = Map.of(2002, LocalDate.of(2002, 6, 4),
            2012, LocalDate.of(2012, 6, 4), 2022, LocalDate.of(2022, 6, 2));
    private static final Map<Integer, LocalDate> EARLY_MAY_MOVED = Map.of(1995, LocalDate.of(1995, 5, 8),
            2020, LocalDate.of(2020, 5, 8));

    private BankHolidays() {
    }

    /** The bank holiday on this day, if it is one. */
    public static Optional<String> on(LocalDate day) {
        return Optional.ofNullable(of(day.getYear()).get(day));
    }

    /** Every bank holiday of a year, by date. */
    public static Map<LocalDate, String> of(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(weekday(LocalDate.of(year, 1, 1)), "New Year’s Day");
        LocalDate easter = easterSunday(year);
        days.put(easter.minusDays(2), "Good Friday");
        days.put(easter.plusDays(1), "Easter Monday");
        days.put(EARLY_MAY_MOVED.getOrDefault(year, LocalDate.of(year, 5, 1)
                .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))), "Early May bank holiday");
        days.put(SPRING_MOVED.getOrDefault(year, LocalDate.of(year, 5, 31)
                .with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))), "Spring bank holiday");
        days.put(LocalDate.of(year, 8, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Summer bank holiday");
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        switch (christmas.getDayOfWeek()) {
            case SATURDAY -> {
                days.put(christmas.plusDays(2), "Christmas Day (substitute day)");
                days.put(christmas.plusDays(3), "Boxing Day (substitute day)");
            }
            case SUNDAY -> {
                days.put(christmas.plusDays(1), "Boxing Day");
                days.put(christmas.plusDays(2), "Christmas Day (substitute day)");
            }
            case FRIDAY -> {
                days.put(christmas, "Christmas Day");
                days.put(christmas.plusDays(3), "Boxing Day (substitute day)");
            }
            default -> {
                days.put(christmas, "Christmas Day");
                days.put(christmas.plusDays(1), "Boxing Day");
            }
        }
        ONE_OFF.forEach((day, name) -> {
            if (day.getYear() == year) {
                days.put(day, name);
            }
        });
        return days;
    }

    /** New Year's Day, or the Monday after when it falls at a weekend. */
    private static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
