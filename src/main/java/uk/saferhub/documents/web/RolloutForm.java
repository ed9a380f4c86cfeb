package uk.saferhub.documents.web;

import java.time.LocalDate;

import org.springframework.validation.Errors;

/** A roll-out as posted: the area the agreement goes to and, optionally, the day it is in force from. */
public class RolloutForm {

    private String placeId;
    private String fromOnDay;
    private String fromOnMonth;
    private String fromOnYear;

    void check(Errors errors) {
        if (AgreementFormSupport.id(placeId) == null) {
            errors.rejectValue("placeId", "required", "Choose the area to roll the agreement out to");
        }
        if (AgreementFormSupport.anyOf(fromOnDay, fromOnMonth, fromOnYear) && fromOn() == null) {
            errors.rejectValue("fromOnDay", "invalid", "Enter the day it is in force from as a real date, or leave"
                    + " it empty for today");
        }
    }

    LocalDate fromOn() {
        return AgreementFormSupport.date(fromOnDay, fromOnMonth, fromOnYear);
    }

    java.util.UUID place() {
        return AgreementFormSupport.id(placeId);
    }

    public String getPlaceId() { return placeId; }
    public void setPlaceId(String value) { this.placeId = value; }
    public String getFromOnDay() { return fromOnDay; }
    public void setFromOnDay(String value) { this.fromOnDay = value; }
    public String getFromOnMonth() { return fromOnMonth; }
    public void setFromOnMonth(String value) { this.fromOnMonth = value; }
    public String getFromOnYear() { return fromOnYear; }
    public void setFromOnYear(String value) { this.fromOnYear = value; }
}
