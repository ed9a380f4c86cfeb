package uk.saferhub.partnership.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.partnership.Governance;
import uk.saferhub.shared.web.PlainText;

/** A body's governance arrangements as posted; the review date as day, month and year. */
public class GovernanceForm {

    @Size(max = 4000, message = "The terms of reference must be 4000 characters or fewer")
    private String termsOfReference;
    private String chairPersonId;
    private String quorum;
    @Size(max = 200, message = "The frequency must be 200 characters or fewer")
    @PlainText
    private String meetingFrequency;
    private String reviewedDay;
    private String reviewedMonth;
    private String reviewedYear;

    static GovernanceForm of(Governance governance) {
        var form = new GovernanceForm();
        if (governance != null) {
            form.termsOfReference = governance.termsOfReference();
            form.chairPersonId = governance.chairPersonId() == null ? null : governance.chairPersonId().toString();
            form.quorum = governance.quorum() == null ? null : governance.quorum().toString();
            form.meetingFrequency = governance.meetingFrequency();
            if (governance.lastReviewed() != null) {
                form.reviewedDay = String.valueOf(governance.lastReviewed().getDayOfMonth());
                form.reviewedMonth = String.valueOf(governance.lastReviewed().getMonthValue());
                form.reviewedYear = String.valueOf(governance.lastReviewed().getYear());
            }
        }
        return form;
    }

    void check(Errors errors, LocalDate today) {
        if (termsOfReference != null && (termsOfReference.contains("<") || termsOfReference.contains(">"))) {
            errors.rejectValue("termsOfReference", "plainText",
                    "Remove the < and > characters: the terms of reference are plain text");
        }
        if (chairPersonId != null && !chairPersonId.isBlank() && !chairPersonId.strip().matches("[0-9a-fA-F-]{36}")) {
            errors.rejectValue("chairPersonId", "invalid", "Choose the chair from the list");
        }
        if (quorum != null && !quorum.isBlank() && (!quorum.strip().matches("\\d{1,3}") || quorumValue() < 1)) {
            errors.rejectValue("quorum", "invalid", "Enter the quorum as a whole number, 1 or more");
        }
        boolean anyDate = !blank(reviewedDay) || !blank(reviewedMonth) || !blank(reviewedYear);
        if (anyDate) {
            LocalDate date = lastReviewed();
            if (date == null) {
                errors.rejectValue("reviewedDay", "invalid", "Enter the date last reviewed as a real date");
            } else if (date.isAfter(today)) {
                errors.rejectValue("reviewedDay", "future", "The date last reviewed must be today or in the past");
            }
        }
    }

    Governance governance() {
        return new Governance(blank(termsOfReference) ? null : termsOfReference.strip(),
                blank(chairPersonId) ? null : UUID.fromString(chairPersonId.strip()),
                blank(quorum) ? null : quorumValue(), blank(meetingFrequency) ? null : meetingFrequency.strip(),
                lastReviewed());
    }

    private int quorumValue() {
        return Integer.parseInt(quorum.strip());
    }

    private LocalDate lastReviewed() {
        if (blank(reviewedDay) && blank(reviewedMonth) && blank(reviewedYear)) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(reviewedYear.strip()), Integer.parseInt(reviewedMonth.strip()),
                    Integer.parseInt(reviewedDay.strip()));
        } catch (NumberFormatException | NullPointerException | java.time.DateTimeException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getTermsOfReference() { return termsOfReference; }
    public void setTermsOfReference(String value) { this.termsOfReference = value; }
    public String getChairPersonId() { return chairPersonId; }
    public void setChairPersonId(String value) { this.chairPersonId = value; }
    public String getQuorum() { return quorum; }
    public void setQuorum(String value) { this.quorum = value; }
    public String getMeetingFrequency() { return meetingFrequency; }
    public void setMeetingFrequency(String value) { this.meetingFrequency = value; }
    public String getReviewedDay() { return reviewedDay; }
    public void setReviewedDay(String value) { this.reviewedDay = value; }
    public String getReviewedMonth() { return reviewedMonth; }
    public void setReviewedMonth(String value) { this.reviewedMonth = value; }
    public String getReviewedYear() { return reviewedYear; }
    public void setReviewedYear(String value) { this.reviewedYear = value; }
}
