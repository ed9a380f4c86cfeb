package uk.saferhub.documents.web;

import java.time.LocalDate;

import org.springframework.validation.Errors;

/** The date an approved document comes into force, as posted. */
public class InForceForm {

    private String fromDay;
    private String fromMonth;
    private String fromYear;

    static InForceForm from(LocalDate day) {
        InForceForm form = new InForceForm();
        form.fromDay = FormDates.day(day);
        form.fromMonth = FormDates.month(day);
        form.fromYear = FormDates.year(day);
        return form;
    }

    LocalDate check(Errors errors) {
        return FormDates.required(errors, "from", fromDay, fromMonth, fromYear, "the date it comes into force");
    }

    public String getFromDay() { return fromDay; }
    public void setFromDay(String value) { this.fromDay = value; }
    public String getFromMonth() { return fromMonth; }
    public void setFromMonth(String value) { this.fromMonth = value; }
    public String getFromYear() { return fromYear; }
    public void setFromYear(String value) { this.fromYear = value; }
}
