package uk.saferhub.meetings.web;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.validation.Errors;

import uk.saferhub.meetings.internal.Cadence;
import uk.saferhub.meetings.internal.CadenceKind;
import uk.saferhub.meetings.internal.CadenceMonth;
import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.PlainText;

/**
 * The cadence form as posted: the kind, then the fields of each kind (every N weeks from an anchor date; up to twelve
 * fixed months, four rows offered; one opening month and an end month for an annual window) and the times shared by
 * all. Only the chosen kind's fields are read ({@link #reads(String)}), so what was typed under another kind is not
 * an error.
 */
record CadenceForm(
        @NotNull(message = "{meetings.cadence.kind.required}") CadenceKind kind,
        Integer intervalWeeks,
        @DateEntered(name = "meetings.cadence.anchor.name", required = false) DateInput anchor,
        List<@Valid MonthRow> months,
        Month windowMonth,
        Integer windowWeek,
        DayOfWeek windowDay,
        @PlainText String windowPurpose,
        Month windowEnd,
        String startTime,
        @NotNull(message = "{meetings.cadence.durationMinutes.required}") Integer durationMinutes,
        @PlainText String location) {

    /** Month rows offered on a new form; a cadence with more months shows them all, up to one per month. */
    static final int ROWS = 4;
    static final int MOST_ROWS = 12;

    private static final int DEFAULT_MINUTES = 120;

    CadenceForm {
        anchor = DateInput.orEmpty(anchor);
        List<MonthRow> rows = new ArrayList<>();
        if (months != null) {
            months.stream().limit(MOST_ROWS).forEach(row -> rows.add(row == null ? MonthRow.EMPTY : row));
        }
        while (rows.size() < ROWS) {
            rows.add(MonthRow.EMPTY);
        }
        months = List.copyOf(rows);
    }

    /** One fixed-month row: month, week (1 to 4, 5 for the last), day of the week, purpose. */
    record MonthRow(Month month, Integer week, DayOfWeek day, @PlainText String purpose) {

        static final MonthRow EMPTY = new MonthRow(null, null, null, null);

        boolean blank() {
            return month == null && week == null && day == null && (purpose == null || purpose.isBlank());
        }

        CadenceMonth rule() {
            return new CadenceMonth(month, week == null ? 0 : week, day, purpose);
        }

        static MonthRow of(CadenceMonth rule) {
            return new MonthRow(rule.month(), rule.week(), rule.day(), rule.purpose());
        }
    }

    static CadenceForm empty() {
        return new CadenceForm(null, null, DateInput.empty(), List.of(), null, null, null, null, null, null,
                DEFAULT_MINUTES, null);
    }

    static CadenceForm of(Cadence cadence) {
        boolean weekly = cadence.kind() == CadenceKind.EVERY_N_WEEKS;
        boolean window = cadence.kind() == CadenceKind.ANNUAL_WINDOW;
        MonthRow opening = window ? MonthRow.of(cadence.months().getFirst()) : MonthRow.EMPTY;
        return new CadenceForm(cadence.kind(), weekly ? cadence.intervalWeeks() : null,
                weekly ? DateInput.of(cadence.anchor()) : DateInput.empty(),
                cadence.kind() == CadenceKind.FIXED_MONTHS ? cadence.months().stream().map(MonthRow::of).toList()
                        : List.of(),
                opening.month(), opening.week(), opening.day(), opening.purpose(), window ? cadence.windowEnd() : null,
                TimeOfDay.format(cadence.startTime()), cadence.durationMinutes(), cadence.location());
    }

    /** Whether the form reads {@code field}: it is shared by every kind or belongs to the kind chosen. */
    boolean reads(String field) {
        String name = field.replaceFirst("[.\\[].*", "");
        return switch (name) {
            case "kind", "startTime", "durationMinutes", "location" -> true;
            case "intervalWeeks", "anchor" -> kind == CadenceKind.EVERY_N_WEEKS;
            case "months" -> kind == CadenceKind.FIXED_MONTHS;
            case "windowMonth", "windowWeek", "windowDay", "windowPurpose", "windowEnd" ->
                    kind == CadenceKind.ANNUAL_WINDOW;
            default -> true;
        };
    }

    /** The start time must be a time of day. */
    void check(Errors errors) {
        if (TimeOfDay.parse(startTime) == null) {
            FormErrors.reject(errors, "startTime", "meetings.cadence.startTime.invalid");
        }
    }

    /** The cadence the form describes, for the scheduler to check. */
    Cadence cadence() {
        List<CadenceMonth> rules = new ArrayList<>();
        if (kind == CadenceKind.FIXED_MONTHS) {
            months.stream().filter(row -> !row.blank()).forEach(row -> rules.add(row.rule()));
        } else if (kind == CadenceKind.ANNUAL_WINDOW && windowMonth != null) {
            rules.add(new MonthRow(windowMonth, windowWeek, windowDay, windowPurpose).rule());
        }
        return new Cadence(kind, intervalWeeks, anchor.date(), rules, windowEnd, TimeOfDay.parse(startTime),
                durationMinutes, location);
    }

    /**
     * The form field each of the cadence's fields is shown at: the anchor's day box, the window's own fields, and a
     * month rule at the row it came from (the cadence counts only the rows filled in).
     */
    Map<String, String> refusalFields() {
        List<String> parts = List.of("month", "week", "day", "purpose");
        Map<String, String> fields = new HashMap<>();
        fields.put("anchor", "anchor.day");
        if (kind == CadenceKind.ANNUAL_WINDOW) {
            fields.put("months", "windowMonth");
            parts.forEach(part -> fields.put("months[0]." + part,
                    "window" + Character.toUpperCase(part.charAt(0)) + part.substring(1)));
            return fields;
        }
        fields.put("months", "months[0].month");
        int rule = 0;
        for (int row = 0; row < months.size(); row++) {
            if (!months.get(row).blank()) {
                for (String part : parts) {
                    fields.put("months[" + rule + "]." + part, "months[" + row + "]." + part);
                }
                rule++;
            }
        }
        return fields;
    }
}
