package uk.saferhub.meetings.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import org.springframework.validation.Errors;

import uk.saferhub.meetings.Cadence;
import uk.saferhub.meetings.CadenceKind;
import uk.saferhub.meetings.CadenceMonth;
import uk.saferhub.meetings.CadenceRefused;
import uk.saferhub.shared.web.PlainText;

/**
 * The cadence form as posted, all text: the kind, then the fields of each kind (every N weeks from an anchor date;
 * up to four fixed months; one opening month and an end month for an annual window) and the times shared by all.
 * Only the chosen kind's fields are read.
 */
public class CadenceForm {

    /** Month rows offered on a new form; a cadence with more months shows them all, up to one per month. */
    static final int ROWS = 4;
    static final int MOST_ROWS = 12;
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    private String kind;
    private String intervalWeeks;
    private String anchorDay;
    private String anchorMonth;
    private String anchorYear;
    private List<@Valid MonthRow> months = blankRows();
    private String windowMonth;
    private String windowWeek;
    private String windowDay;
    @PlainText
    private String windowPurpose;
    private String windowEnd;
    private String startTime;
    private String durationMinutes = "120";
    @PlainText
    private String location;

    /** One fixed-month row: month, week (1 to 4, 5 for the last), day of the week, purpose. */
    public static class MonthRow {
        private String month;
        private String week;
        private String day;
        @PlainText
        private String purpose;

        boolean blank() {
            return CadenceForm.blank(month) && CadenceForm.blank(week) && CadenceForm.blank(day)
                    && CadenceForm.blank(purpose);
        }

        CadenceMonth rule() {
            return new CadenceMonth(value(Month.class, month), number(week, 0), value(DayOfWeek.class, day),
                    purpose);
        }

        static MonthRow of(CadenceMonth rule) {
            MonthRow row = new MonthRow();
            row.month = rule.month().name();
            row.week = String.valueOf(rule.week());
            row.day = rule.day().name();
            row.purpose = rule.purpose();
            return row;
        }

        public String getMonth() { return month; }
        public void setMonth(String value) { this.month = value; }
        public String getWeek() { return week; }
        public void setWeek(String value) { this.week = value; }
        public String getDay() { return day; }
        public void setDay(String value) { this.day = value; }
        public String getPurpose() { return purpose; }
        public void setPurpose(String value) { this.purpose = value; }
    }

    static CadenceForm of(Cadence cadence) {
        CadenceForm form = new CadenceForm();
        form.kind = cadence.kind().name();
        switch (cadence.kind()) {
            case EVERY_N_WEEKS -> {
                form.intervalWeeks = String.valueOf(cadence.intervalWeeks());
                form.anchorDay = String.valueOf(cadence.anchor().getDayOfMonth());
                form.anchorMonth = String.valueOf(cadence.anchor().getMonthValue());
                form.anchorYear = String.valueOf(cadence.anchor().getYear());
            }
            case FIXED_MONTHS -> {
                for (int i = 0; i < cadence.months().size() && i < MOST_ROWS; i++) {
                    if (i < form.months.size()) {
                        form.months.set(i, MonthRow.of(cadence.months().get(i)));
                    } else {
                        form.months.add(MonthRow.of(cadence.months().get(i)));
                    }
                }
            }
            case ANNUAL_WINDOW -> {
                MonthRow opening = MonthRow.of(cadence.months().getFirst());
                form.windowMonth = opening.month;
                form.windowWeek = opening.week;
                form.windowDay = opening.day;
                form.windowPurpose = opening.purpose;
                form.windowEnd = cadence.windowEnd().name();
            }
        }
        form.startTime = cadence.startTime().toString();
        form.durationMinutes = String.valueOf(cadence.durationMinutes());
        form.location = cadence.location();
        return form;
    }

    /** The cadence, or null with the reasons in {@code errors} when the text cannot be read as one. */
    Cadence cadence(Errors errors) {
        CadenceKind chosen = value(CadenceKind.class, kind);
        if (chosen == null) {
            errors.rejectValue("kind", "required", "Select how often the body meets");
        }
        Integer weeks = null;
        LocalDate anchor = null;
        if (chosen == CadenceKind.EVERY_N_WEEKS) {
            if (!blank(intervalWeeks)) {
                weeks = number(intervalWeeks, null);
                if (weeks == null) {
                    errors.rejectValue("intervalWeeks", "number", "Enter the number of weeks as a whole number");
                }
            }
            boolean anyAnchor = !blank(anchorDay) || !blank(anchorMonth) || !blank(anchorYear);
            anchor = date(anchorDay, anchorMonth, anchorYear);
            if (anyAnchor && anchor == null) {
                errors.rejectValue("anchorDay", "date", "Enter the date of one meeting as a real date");
            }
        }
        LocalTime start = time(startTime);
        if (!blank(startTime) && start == null) {
            errors.rejectValue("startTime", "time", "Enter the start time as hours and minutes, like 10:00 or 14:30");
        }
        Integer minutes = number(durationMinutes, null);
        if (minutes == null) {
            errors.rejectValue("durationMinutes", "number", "Enter how long meetings last in minutes, like 120");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new Cadence(chosen, weeks, anchor, rules(chosen), value(Month.class, windowEnd), start, minutes,
                location);
    }

    private List<CadenceMonth> rules(CadenceKind chosen) {
        List<CadenceMonth> rules = new ArrayList<>();
        if (chosen == CadenceKind.FIXED_MONTHS) {
            months.stream().limit(MOST_ROWS).filter(row -> !row.blank()).forEach(row -> rules.add(row.rule()));
        } else if (chosen == CadenceKind.ANNUAL_WINDOW && !blank(windowMonth)) {
            rules.add(new CadenceMonth(value(Month.class, windowMonth), number(windowWeek, 0),
                    value(DayOfWeek.class, windowDay), windowPurpose));
        }
        return rules;
    }

    /** The form field a refusal names: the cadence's own field names mapped to this form's inputs. */
    String fieldOf(CadenceRefused refused) {
        String field = refused.field();
        if (field == null) {
            return null;
        }
        if (field.equals("anchor")) {
            return "anchorDay";
        }
        Matcher row = Pattern.compile("months\\[(\\d+)]\\.(month|week|day|purpose)").matcher(field);
        boolean window = CadenceKind.ANNUAL_WINDOW.name().equals(kind);
        if (field.equals("months")) {
            return window ? "windowMonth" : "months[0].month";
        }
        if (row.matches()) {
            String part = row.group(2);
            if (window) {
                return "window" + Character.toUpperCase(part.charAt(0)) + part.substring(1);
            }
            return "months[" + formRow(Integer.parseInt(row.group(1))) + "]." + part;
        }
        return field;
    }

    /** The index among all rows of the {@code index}-th filled-in row. */
    private int formRow(int index) {
        int seen = -1;
        for (int i = 0; i < months.size() && i < MOST_ROWS; i++) {
            if (!months.get(i).blank() && ++seen == index) {
                return i;
            }
        }
        return 0;
    }

    private static List<MonthRow> blankRows() {
        List<MonthRow> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new MonthRow());
        }
        return rows;
    }

    static LocalTime time(String text) {
        Matcher matcher = blank(text) ? null : TIME.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        try {
            return LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    static LocalDate date(String day, String month, String year) {
        if (blank(day) || blank(month) || blank(year) || year.strip().length() != 4) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    static Integer number(String text, Integer otherwise) {
        try {
            return blank(text) ? otherwise : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    static <E extends Enum<E>> E value(Class<E> type, String name) {
        try {
            return blank(name) ? null : Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getKind() { return kind; }
    public void setKind(String value) { this.kind = value; }
    public String getIntervalWeeks() { return intervalWeeks; }
    public void setIntervalWeeks(String value) { this.intervalWeeks = value; }
    public String getAnchorDay() { return anchorDay; }
    public void setAnchorDay(String value) { this.anchorDay = value; }
    public String getAnchorMonth() { return anchorMonth; }
    public void setAnchorMonth(String value) { this.anchorMonth = value; }
    public String getAnchorYear() { return anchorYear; }
    public void setAnchorYear(String value) { this.anchorYear = value; }
    public List<MonthRow> getMonths() { return months; }
    public void setMonths(List<MonthRow> value) { this.months = value; }
    public String getWindowMonth() { return windowMonth; }
    public void setWindowMonth(String value) { this.windowMonth = value; }
    public String getWindowWeek() { return windowWeek; }
    public void setWindowWeek(String value) { this.windowWeek = value; }
    public String getWindowDay() { return windowDay; }
    public void setWindowDay(String value) { this.windowDay = value; }
    public String getWindowPurpose() { return windowPurpose; }
    public void setWindowPurpose(String value) { this.windowPurpose = value; }
    public String getWindowEnd() { return windowEnd; }
    public void setWindowEnd(String value) { this.windowEnd = value; }
    public String getStartTime() { return startTime; }
    public void setStartTime(String value) { this.startTime = value; }
    public String getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(String value) { this.durationMinutes = value; }
    public String getLocation() { return location; }
    public void setLocation(String value) { this.location = value; }
}
