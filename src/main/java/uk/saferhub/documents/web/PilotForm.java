package uk.saferhub.documents.web;

import java.time.LocalDate;

import org.springframework.validation.Errors;

import uk.saferhub.documents.NewPilot;

/** A pilot as posted: the trial area chosen, its first and last days, and the criteria it will be judged by. */
public class PilotForm {

    private String placeId;
    private String startsOnDay;
    private String startsOnMonth;
    private String startsOnYear;
    private String endsOnDay;
    private String endsOnMonth;
    private String endsOnYear;
    private String evaluationCriteria;

    void check(Errors errors) {
        if (AgreementFormSupport.id(placeId) == null) {
            errors.rejectValue("placeId", "required", "Choose the trial area");
        }
        LocalDate starts = startsOn();
        LocalDate ends = endsOn();
        if (starts == null) {
            errors.rejectValue("startsOnDay", "required", "Enter the day the pilot starts as a real date");
        }
        if (ends == null) {
            errors.rejectValue("endsOnDay", "required", "Enter the day the pilot ends as a real date");
        }
        if (AgreementFormSupport.blank(evaluationCriteria)) {
            errors.rejectValue("evaluationCriteria", "required", "Enter how the pilot will be judged");
        }
    }

    NewPilot details() {
        return new NewPilot(AgreementFormSupport.id(placeId), startsOn(), endsOn(), evaluationCriteria);
    }

    private LocalDate startsOn() {
        return AgreementFormSupport.date(startsOnDay, startsOnMonth, startsOnYear);
    }

    private LocalDate endsOn() {
        return AgreementFormSupport.date(endsOnDay, endsOnMonth, endsOnYear);
    }

    public String getPlaceId() { return placeId; }
    public void setPlaceId(String value) { this.placeId = value; }
    public String getStartsOnDay() { return startsOnDay; }
    public void setStartsOnDay(String value) { this.startsOnDay = value; }
    public String getStartsOnMonth() { return startsOnMonth; }
    public void setStartsOnMonth(String value) { this.startsOnMonth = value; }
    public String getStartsOnYear() { return startsOnYear; }
    public void setStartsOnYear(String value) { this.startsOnYear = value; }
    public String getEndsOnDay() { return endsOnDay; }
    public void setEndsOnDay(String value) { this.endsOnDay = value; }
    public String getEndsOnMonth() { return endsOnMonth; }
    public void setEndsOnMonth(String value) { this.endsOnMonth = value; }
    public String getEndsOnYear() { return endsOnYear; }
    public void setEndsOnYear(String value) { this.endsOnYear = value; }
    public String getEvaluationCriteria() { return evaluationCriteria; }
    public void setEvaluationCriteria(String value) { this.evaluationCriteria = value; }
}
