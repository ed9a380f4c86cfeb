package uk.saferhub.meetings.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * A yearly meeting in a cadence: the {@code week}-th {@code day} of {@code month} (weeks 1 to 4, or 5 for the last),
 * with an optional purpose such as "Set strategic goals".
 */
public record CadenceMonth(Month month, int week, DayOfWeek day, String purpose) {

    /** The {@code week} that means the last such day of the month. */
    public static final int LAST = 5;

    static final int LONGEST_PURPOSE = 200;

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "last");

    public CadenceMonth {
        purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
    }

    public CadenceMonth(Month month, int week, DayOfWeek day) {
        this(month, week, day, null);
    }

    /** The date this rule gives in {@code year}. */
    public LocalDate dateIn(int year) {
        if (week < 1 || week > LAST) {
            throw new IllegalStateException("Week " + week + " is not 1 to 5: check the cadence first");
        }
        LocalDate first = LocalDate.of(year, month, 1);
        return first.with(week == LAST ? TemporalAdjusters.lastInMonth(day)
                : TemporalAdjusters.dayOfWeekInMonth(week, day));
    }

    /** For example "second Tuesday of September: Set strategic goals". */
    public String describe() {
        return dayRule() + " of " + name(month) + (purpose == null ? "" : ": " + purpose);
    }

    /** For example "second Tuesday". */
    String dayRule() {
        return ORDINALS.get(week - 1) + " " + day.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    /** Refuses a rule that names no month or day, a week outside 1 to 5, or an overlong purpose. */
    void check(int index) {
        String field = "months[" + index + "]";
        if (month == null) {
            throw new CadenceRefused(field + ".month", "meetings.cadence.month.required");
        }
        if (week < 1 || week > LAST) {
            throw new CadenceRefused(field + ".week", "meetings.cadence.week.required", name(month));
        }
        if (day == null) {
            throw new CadenceRefused(field + ".day", "meetings.cadence.day.required", name(month));
        }
        if (purpose != null && purpose.length() > LONGEST_PURPOSE) {
            throw new CadenceRefused(field + ".purpose", "meetings.cadence.purpose.tooLong",
                    String.valueOf(LONGEST_PURPOSE));
        }
    }

    static String name(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
