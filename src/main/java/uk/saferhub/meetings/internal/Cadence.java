package uk.saferhub.meetings.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import uk.saferhub.meetings.Meetings;

/**
 * The rhythm a partnership body meets on, which generates its meetings: every N weeks from an anchor date, on a set
 * day in fixed months, or once a year provisionally on a set day within a window of months.
 *
 * <p>Only the fields of its {@code kind} are read: {@code intervalWeeks} and {@code anchor} for
 * {@link CadenceKind#EVERY_N_WEEKS}; {@code months} for {@link CadenceKind#FIXED_MONTHS}; {@code months} (exactly one,
 * the window's first month) and {@code windowEnd} for {@link CadenceKind#ANNUAL_WINDOW}. Times are Europe/London local
 * times. Build it freely (from a form, say), then {@link #check()} it.
 */
public record Cadence(CadenceKind kind, Integer intervalWeeks, LocalDate anchor, List<CadenceMonth> months,
        Month windowEnd, LocalTime startTime, int durationMinutes, String location) {

    /**
     * Any span of this many days (53 weeks) holds at least one meeting of a cadence that passes {@link #check()}.
     * A span of 366 days cannot be promised for a meeting once a year on a weekday rule: the first Wednesday of
     * September is 1 September 2027 and then 6 September 2028, 371 days later. Every-N-weeks cadences hold one in
     * any 364 days.
     */
    public static final int ALWAYS_A_MEETING_WITHIN_DAYS = 371;

    /** How far ahead a cadence's meetings are scheduled: twelve months and a week, so a yearly one is always there. */
    public static final int HORIZON_WEEKS = 53;

    static final int MOST_WEEKS = 52;
    static final int SHORTEST_MINUTES = 15;
    static final int LONGEST_MINUTES = 720;
    static final int LONGEST_LOCATION = 200;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    public Cadence {
        months = months == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(months));
        location = location == null || location.isBlank() ? null : location.strip();
    }

    /** Meetings every {@code intervalWeeks} weeks, on {@code anchor} and in step with it before and after. */
    public static Cadence everyWeeks(int intervalWeeks, LocalDate anchor, LocalTime startTime, int durationMinutes,
            String location) {
        return new Cadence(CadenceKind.EVERY_N_WEEKS, intervalWeeks, anchor, List.of(), null, startTime,
                durationMinutes, location);
    }

    /** One meeting a year for each of {@code months}, such as September and March. */
    public static Cadence inMonths(List<CadenceMonth> months, LocalTime startTime, int durationMinutes,
            String location) {
        return new Cadence(CadenceKind.FIXED_MONTHS, null, null, months, null, startTime, durationMinutes, location);
    }

    /** One meeting a year within {@code opening}'s month to {@code windowEnd}, provisionally on {@code opening}'s day. */
    public static Cadence annualWindow(CadenceMonth opening, Month windowEnd, LocalTime startTime,
            int durationMinutes, String location) {
        return new Cadence(CadenceKind.ANNUAL_WINDOW, null, null, opening == null ? List.of() : List.of(opening),
                windowEnd, startTime, durationMinutes, location);
    }

    /**
     * Refuses, naming the field, a cadence that is incomplete or could leave a year without a meeting. Once it
     * passes, every calendar year holds a meeting for each of its months (or every 52 weeks or fewer), so any
     * {@link #ALWAYS_A_MEETING_WITHIN_DAYS} days hold at least one.
     */
    public void check() {
        if (kind == null) {
            throw new CadenceRefused("kind", "meetings.cadence.kind.required");
        }
        switch (kind) {
            case EVERY_N_WEEKS -> checkEveryNWeeks();
            case FIXED_MONTHS -> checkFixedMonths();
            case ANNUAL_WINDOW -> checkAnnualWindow();
        }
        if (startTime == null) {
            throw new CadenceRefused("startTime", "meetings.cadence.startTime.required");
        }
        if (durationMinutes < SHORTEST_MINUTES || durationMinutes > LONGEST_MINUTES) {
            throw new CadenceRefused("durationMinutes", "meetings.cadence.durationMinutes.range",
                    String.valueOf(SHORTEST_MINUTES));
        }
        if (location != null && location.length() > LONGEST_LOCATION) {
            throw new CadenceRefused("location", "meetings.cadence.location.tooLong",
                    String.valueOf(LONGEST_LOCATION));
        }
    }

    private void checkEveryNWeeks() {
        if (intervalWeeks == null) {
            throw new CadenceRefused("intervalWeeks", "meetings.cadence.intervalWeeks.required");
        }
        if (intervalWeeks < 1) {
            throw new CadenceRefused("intervalWeeks", "meetings.cadence.intervalWeeks.tooFew");
        }
        if (intervalWeeks > MOST_WEEKS) {
            throw new CadenceRefused("intervalWeeks", "meetings.cadence.intervalWeeks.tooMany",
                    String.valueOf(intervalWeeks), String.valueOf(MOST_WEEKS));
        }
        if (anchor == null) {
            throw new CadenceRefused("anchor", "meetings.cadence.anchor.required");
        }
    }

    private void checkFixedMonths() {
        if (months.isEmpty()) {
            throw new CadenceRefused("months", "meetings.cadence.months.required");
        }
        Set<Month> seen = EnumSet.noneOf(Month.class);
        for (int i = 0; i < months.size(); i++) {
            CadenceMonth rule = months.get(i);
            if (rule == null) {
                throw new CadenceRefused("months[" + i + "].month", "meetings.cadence.month.required");
            }
            rule.check(i);
            if (!seen.add(rule.month())) {
                throw new CadenceRefused("months[" + i + "].month", "meetings.cadence.month.twice",
                        CadenceMonth.name(rule.month()));
            }
        }
    }

    private void checkAnnualWindow() {
        if (months.size() != 1 || months.getFirst() == null) {
            throw new CadenceRefused("months", "meetings.cadence.windowMonth.required");
        }
        months.getFirst().check(0);
        if (windowEnd == null) {
            throw new CadenceRefused("windowEnd", "meetings.cadence.windowEnd.required");
        }
    }

    /** The meetings from {@code fromInclusive} up to {@code toExclusive}, by date; refuses a cadence failing check. */
    public List<Occurrence> occurrences(LocalDate fromInclusive, LocalDate toExclusive) {
        check();
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        List<Occurrence> found = new ArrayList<>();
        if (kind == CadenceKind.EVERY_N_WEEKS) {
            long step = intervalWeeks * 7L;
            long first = Math.ceilDiv(ChronoUnit.DAYS.between(anchor, fromInclusive), step);
            for (LocalDate date = anchor.plusDays(first * step); date.isBefore(toExclusive);
                    date = date.plusDays(step)) {
                found.add(new Occurrence(date, startTime, durationMinutes, null, null));
            }
            return found;
        }
        for (int year = fromInclusive.getYear(); year <= toExclusive.getYear(); year++) {
            for (CadenceMonth rule : months) {
                LocalDate date = rule.dateIn(year);
                if (!date.isBefore(fromInclusive) && date.isBefore(toExclusive)) {
                    found.add(new Occurrence(date, startTime, durationMinutes, rule.purpose(), window()));
                }
            }
        }
        found.sort(Comparator.comparing(Occurrence::date));
        return found;
    }

    /**
     * For example "Every 6 weeks on Tuesdays from 6 January 2026, 10:00 to 12:00", "Second Tuesday of September (Set
     * strategic goals) and of March (Review progress), 14:00 to 16:00" or "Once a year between September and October,
     * provisionally the first Wednesday of September (Strategic review), 10:00 to 12:00".
     */
    public String describe() {
        check();
        String rhythm = switch (kind) {
            case EVERY_N_WEEKS -> (intervalWeeks == 1 ? "Every week" : "Every " + intervalWeeks + " weeks") + " on "
                    + anchor.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + "s from " + DAY.format(anchor);
            case FIXED_MONTHS -> capitalised(inMonths());
            case ANNUAL_WINDOW -> "Once a year " + windowMonths() + ", provisionally the "
                    + monthly(months.getFirst());
        };
        return rhythm + ", " + times();
    }

    private String inMonths() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            CadenceMonth rule = months.get(i);
            boolean sameDay = i > 0 && months.get(i - 1).week() == rule.week()
                    && months.get(i - 1).day() == rule.day();
            parts.add(sameDay ? "of " + CadenceMonth.name(rule.month()) + purposeInBrackets(rule) : monthly(rule));
        }
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }

    private static String monthly(CadenceMonth rule) {
        return rule.dayRule() + " of " + CadenceMonth.name(rule.month()) + purposeInBrackets(rule);
    }

    private static String purposeInBrackets(CadenceMonth rule) {
        return rule.purpose() == null ? "" : " (" + rule.purpose() + ")";
    }

    private String window() {
        return kind == CadenceKind.ANNUAL_WINDOW ? "to be held " + windowMonths() : null;
    }

    private String windowMonths() {
        Month opening = months.getFirst().month();
        return opening == windowEnd ? "in " + CadenceMonth.name(opening)
                : "between " + CadenceMonth.name(opening) + " and " + CadenceMonth.name(windowEnd);
    }

    private String times() {
        LocalTime end = startTime.plusMinutes(durationMinutes);
        boolean nextDay = !end.isAfter(startTime);
        return TIME.format(startTime) + " to " + TIME.format(end) + (nextDay ? " the next day" : "");
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
