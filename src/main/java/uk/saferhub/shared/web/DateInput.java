package uk.saferhub.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date as a person types it into the GOV.UK date input: day, month and year in three boxes, kept as typed so a form
 * shown again with errors shows what was sent. Whether it is a date at all is checked by {@link DateEntered}, the one
 * rule for every date on every form; {@link #date()} is the date once it has passed.
 *
 * <p>In a form record it is a component like any other ({@code DateInput due}), bound from {@code due.day},
 * {@code due.month} and {@code due.year}, and drawn by the {@code partials/forms :: date} fragment.
 */
public record DateInput(String day, String month, String year) {

    /** The years a date in SaferHub may fall in: a mistyped year (2062 for 2026, 26 for 2026) is caught. */
    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2100;

    public static DateInput empty() {
        return new DateInput(null, null, null);
    }

    /**
     * The input, or an empty one when none of its three boxes was sent (a client leaving them out): a form record
     * calls this in its compact constructor, {@code due = DateInput.orEmpty(due);}, so the form can always be shown.
     */
    public static DateInput orEmpty(DateInput input) {
        return input == null ? empty() : input;
    }

    public static DateInput of(LocalDate date) {
        return date == null ? empty()
                : new DateInput(Integer.toString(date.getDayOfMonth()), Integer.toString(date.getMonthValue()),
                        Integer.toString(date.getYear()));
    }

    /** Nothing typed in any of the three boxes. */
    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** The date typed, or null when the boxes are empty or do not make a real date in the years allowed. */
    public LocalDate date() {
        return problem() == Problem.NONE ? parse() : null;
    }

    /** What is wrong with what was typed, by the GOV.UK date input's rules. */
    Problem problem() {
        if (isBlank()) {
            return Problem.BLANK;
        }
        if (blank(day)) {
            return Problem.NO_DAY;
        }
        if (blank(month)) {
            return Problem.NO_MONTH;
        }
        if (blank(year)) {
            return Problem.NO_YEAR;
        }
        if (!number(day, 2) || !number(month, 2) || !number(year, 4)) {
            return Problem.NOT_REAL;
        }
        if (year.strip().length() != 4) {
            return Problem.YEAR_DIGITS;
        }
        int typedYear = Integer.parseInt(year.strip());
        if (typedYear < EARLIEST_YEAR || typedYear > LATEST_YEAR) {
            return Problem.YEAR_RANGE;
        }
        return parse() == null ? Problem.NOT_REAL : Problem.NONE;
    }

    private LocalDate parse() {
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            return null;
        }
    }

    private static boolean number(String text, int maxDigits) {
        String digits = text.strip();
        return !digits.isEmpty() && digits.length() <= maxDigits && digits.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The ways a date input can be wrong, each with its message key and the box it is shown against. */
    enum Problem {
        NONE(null, null),
        BLANK("date.required", "day"),
        NO_DAY("date.noDay", "day"),
        NO_MONTH("date.noMonth", "month"),
        NO_YEAR("date.noYear", "year"),
        YEAR_DIGITS("date.yearDigits", "year"),
        YEAR_RANGE("date.yearRange", "year"),
        NOT_REAL("date.notReal", "day");

        final String messageKey;
        final String box;

        Problem(String messageKey, String box) {
            this.messageKey = messageKey;
            this.box = box;
        }
    }
}
