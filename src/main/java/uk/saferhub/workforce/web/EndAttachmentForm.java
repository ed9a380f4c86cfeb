package uk.saferhub.workforce.web;

import java.time.LocalDate;

import org.springframework.validation.Errors;

/** The last day of an attachment, as posted. */
public class EndAttachmentForm {

    private String toDay;
    private String toMonth;
    private String toYear;

    static EndAttachmentForm on(LocalDate day) {
        var form = new EndAttachmentForm();
        form.toDay = String.valueOf(day.getDayOfMonth());
        form.toMonth = String.valueOf(day.getMonthValue());
        form.toYear = String.valueOf(day.getYear());
        return form;
    }

    void check(Errors errors) {
        if (to() == null) {
            errors.rejectValue("toDay", "required", "Enter the last day of the attachment as a real date");
        }
    }

    LocalDate to() {
        return FormValues.date(toDay, toMonth, toYear);
    }

    public String getToDay() { return toDay; }
    public void setToDay(String value) { this.toDay = value; }
    public String getToMonth() { return toMonth; }
    public void setToMonth(String value) { this.toMonth = value; }
    public String getToYear() { return toYear; }
    public void setToYear(String value) { this.toYear = value; }
}
