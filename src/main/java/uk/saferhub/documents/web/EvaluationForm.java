package uk.saferhub.documents.web;

import java.time.LocalDate;

import org.springframework.validation.Errors;

/** A pilot's evaluation as posted: the day, what was found, and whether the pilot met its criteria ("yes"/"no"). */
public class EvaluationForm {

    private String evaluatedOnDay;
    private String evaluatedOnMonth;
    private String evaluatedOnYear;
    private String evaluationResult;
    private String successful;

    void check(Errors errors) {
        if (evaluatedOn() == null) {
            errors.rejectValue("evaluatedOnDay", "required", "Enter the day of the evaluation as a real date");
        }
        if (AgreementFormSupport.blank(evaluationResult)) {
            errors.rejectValue("evaluationResult", "required", "Enter what the evaluation found");
        }
        if (successful() == null) {
            errors.rejectValue("successful", "required", "Say whether the pilot met its criteria");
        }
    }

    LocalDate evaluatedOn() {
        return AgreementFormSupport.date(evaluatedOnDay, evaluatedOnMonth, evaluatedOnYear);
    }

    Boolean successful() {
        return "yes".equals(successful) ? Boolean.TRUE : "no".equals(successful) ? Boolean.FALSE : null;
    }

    public String getEvaluatedOnDay() { return evaluatedOnDay; }
    public void setEvaluatedOnDay(String value) { this.evaluatedOnDay = value; }
    public String getEvaluatedOnMonth() { return evaluatedOnMonth; }
    public void setEvaluatedOnMonth(String value) { this.evaluatedOnMonth = value; }
    public String getEvaluatedOnYear() { return evaluatedOnYear; }
    public void setEvaluatedOnYear(String value) { this.evaluatedOnYear = value; }
    public String getEvaluationResult() { return evaluationResult; }
    public void setEvaluationResult(String value) { this.evaluationResult = value; }
    public String getSuccessful() { return successful; }
    public void setSuccessful(String value) { this.successful = value; }
}
