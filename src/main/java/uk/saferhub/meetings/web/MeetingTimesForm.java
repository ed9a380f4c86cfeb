package uk.saferhub.meetings.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.shared.ChangeRefused;
import uk.saferhub.shared.web.PlainText;

/**
 * A meeting's date, times and place as posted, with a title and purpose when adding one and a reason when moving or
 * cancelling one. Times are London local times, HH:MM.
 */
public class MeetingTimesForm {

    @Size(max = 200, message = "The title must be 200 characters or fewer")
    @PlainText
    private String title;
    @Size(max = 200, message = "The purpose must be 200 characters or fewer")
    @PlainText
    private String purpose;
    private String dateDay;
    private String dateMonth;
    private String dateYear;
    private String startTime;
    private String endTime;
    @Size(max = 200, message = "The location must be 200 characters or fewer")
    @PlainText
    private String location;
    private String reason;

    /** The form filled in with where and when the meeting is now. */
    static MeetingTimesForm of(Meeting meeting) {
        MeetingTimesForm form = new MeetingTimesForm();
        LocalDate day = meeting.start().toLocalDate();
        form.dateDay = String.valueOf(day.getDayOfMonth());
        form.dateMonth = String.valueOf(day.getMonthValue());
        form.dateYear = String.valueOf(day.getYear());
        form.startTime = meeting.start().toLocalTime().toString();
        form.endTime = meeting.end().toLocalTime().toString();
        form.location = meeting.location();
        return form;
    }

    /** The start, or null with the reason in {@code errors}. */
    LocalDateTime start(Errors errors) {
        LocalDate day = CadenceForm.date(dateDay, dateMonth, dateYear);
        if (day == null) {
            errors.rejectValue("dateDay", "date", "Enter the date of the meeting as a real date, like 6 1 2026");
        }
        LocalTime start = CadenceForm.time(startTime);
        if (start == null) {
            errors.rejectValue("startTime", "time", "Enter the start time as hours and minutes, like 10:00 or 14:30");
        }
        return day == null || start == null ? null : day.atTime(start);
    }

    /** The end on the meeting's day, null when left empty; a time that cannot be read is an error. */
    LocalDateTime end(Errors errors, LocalDateTime start, boolean required) {
        if (CadenceForm.blank(endTime) && !required) {
            return null;
        }
        LocalTime end = CadenceForm.time(endTime);
        if (end == null) {
            errors.rejectValue("endTime", "time", "Enter the end time as hours and minutes, like 12:00 or 16:30");
            return null;
        }
        return start == null ? null : start.toLocalDate().atTime(end);
    }

    /** Shows a refusal from the scheduler beside the field it concerns. */
    static void reject(Errors errors, ChangeRefused refused) {
        String field = refused.field() == null ? null : switch (refused.field()) {
            case "start" -> "dateDay";
            case "end" -> "endTime";
            case "reason" -> "reason";
            case "title", "purpose", "location" -> refused.field();
            default -> null;
        };
        if (field == null) {
            errors.reject("refused", refused.getMessage());
        } else {
            errors.rejectValue(field, "refused", refused.getMessage());
        }
    }

    public String getTitle() { return title; }
    public void setTitle(String value) { this.title = value; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String value) { this.purpose = value; }
    public String getDateDay() { return dateDay; }
    public void setDateDay(String value) { this.dateDay = value; }
    public String getDateMonth() { return dateMonth; }
    public void setDateMonth(String value) { this.dateMonth = value; }
    public String getDateYear() { return dateYear; }
    public void setDateYear(String value) { this.dateYear = value; }
    public String getStartTime() { return startTime; }
    public void setStartTime(String value) { this.startTime = value; }
    public String getEndTime() { return endTime; }
    public void setEndTime(String value) { this.endTime = value; }
    public String getLocation() { return location; }
    public void setLocation(String value) { this.location = value; }
    public String getReason() { return reason; }
    public void setReason(String value) { this.reason = value; }
}
