package uk.saferhub.documents.web;

import java.time.LocalDate;
import java.util.Arrays;

import org.springframework.validation.Errors;

import uk.saferhub.documents.ReviewOutcome;

/** A review as posted: when it was done, what it decided (no change, revise, withdraw) and why. */
public class ReviewOutcomeForm {

    private String reviewedDay;
    private String reviewedMonth;
    private String reviewedYear;
    private String outcome;
    private String note;

    static ReviewOutcomeForm reviewedOn(LocalDate day) {
        ReviewOutcomeForm form = new ReviewOutcomeForm();
        form.reviewedDay = FormDates.day(day);
        form.reviewedMonth = FormDates.month(day);
        form.reviewedYear = FormDates.year(day);
        return form;
    }

    void check(Errors errors) {
        FormDates.required(errors, "reviewed", reviewedDay, reviewedMonth, reviewedYear, "the date of the review");
        if (outcome() == null) {
            errors.rejectValue("outcome", "required", "Choose the outcome of the review");
        }
    }

    LocalDate reviewedOn() {
        return FormDates.of(reviewedDay, reviewedMonth, reviewedYear);
    }

    ReviewOutcome outcome() {
        return Arrays.stream(ReviewOutcome.values()).filter(o -> o.name().equals(outcome)).findFirst().orElse(null);
    }

    public String getReviewedDay() { return reviewedDay; }
    public void setReviewedDay(String value) { this.reviewedDay = value; }
    public String getReviewedMonth() { return reviewedMonth; }
    public void setReviewedMonth(String value) { this.reviewedMonth = value; }
    public String getReviewedYear() { return reviewedYear; }
    public void setReviewedYear(String value) { this.reviewedYear = value; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String value) { this.outcome = value; }
    public String getNote() { return note; }
    public void setNote(String value) { this.note = value; }
}
