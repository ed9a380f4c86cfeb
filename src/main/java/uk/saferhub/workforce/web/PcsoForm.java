package uk.saferhub.workforce.web;

import static uk.saferhub.workforce.web.FormValues.blank;
import static uk.saferhub.workforce.web.FormValues.date;
import static uk.saferhub.workforce.web.FormValues.uuidOrNull;

import java.util.Arrays;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.shared.web.PlainText;
import uk.saferhub.workforce.Pcso;
import uk.saferhub.workforce.PcsoDetails;
import uk.saferhub.workforce.PcsoStatus;

/** A PCSO as posted: everything as text, checked before it becomes {@link PcsoDetails}. */
public class PcsoForm {

    @Size(max = 200, message = "The name must be 200 characters or fewer")
    @PlainText
    private String name;
    @Size(max = 20, message = "The collar number must be 20 characters or fewer")
    @PlainText
    private String collarNumber;
    private String forceId;
    private String teamId;
    private String supervisorId;
    private String personId;
    private String schemeId;
    private String startDateDay;
    private String startDateMonth;
    private String startDateYear;
    private String status = PcsoStatus.ACTIVE.name();

    static PcsoForm of(Pcso pcso) {
        var form = new PcsoForm();
        form.name = pcso.name();
        form.collarNumber = pcso.collarNumber();
        form.forceId = pcso.forceId().toString();
        form.teamId = text(pcso.teamId());
        form.supervisorId = text(pcso.supervisorId());
        form.personId = text(pcso.personId());
        form.schemeId = text(pcso.schemeId());
        form.startDateDay = String.valueOf(pcso.startDate().getDayOfMonth());
        form.startDateMonth = String.valueOf(pcso.startDate().getMonthValue());
        form.startDateYear = String.valueOf(pcso.startDate().getYear());
        form.status = pcso.status().name();
        return form;
    }

    private static String text(UUID id) {
        return id == null ? "" : id.toString();
    }

    /** Checks what the annotations cannot: choices and the date as typed. */
    void check(Errors errors) {
        if (blank(name)) {
            errors.rejectValue("name", "required", "Enter the PCSO's name");
        }
        if (blank(collarNumber)) {
            errors.rejectValue("collarNumber", "required", "Enter the PCSO's collar number");
        }
        if (!FormValues.isUuid(forceId)) {
            errors.rejectValue("forceId", "required", "Choose the PCSO's force");
        }
        for (String field : new String[] {"teamId", "supervisorId", "personId", "schemeId"}) {
            String value = (String) errors.getFieldValue(field);
            if (!blank(value) && !FormValues.isUuid(value)) {
                errors.rejectValue(field, "invalid", "Choose from the list");
            }
        }
        if (date(startDateDay, startDateMonth, startDateYear) == null) {
            errors.rejectValue("startDateDay", "required", "Enter the date the PCSO started as a real date");
        }
        if (status == null || Arrays.stream(PcsoStatus.values()).noneMatch(value -> value.name().equals(status))) {
            errors.rejectValue("status", "required", "Choose the PCSO's status");
        }
    }

    PcsoDetails details() {
        return new PcsoDetails(name, collarNumber, UUID.fromString(forceId.strip()), uuidOrNull(teamId),
                uuidOrNull(supervisorId), uuidOrNull(personId), uuidOrNull(schemeId),
                date(startDateDay, startDateMonth, startDateYear), PcsoStatus.valueOf(status));
    }

    public String getName() { return name; }
    public void setName(String value) { this.name = value; }
    public String getCollarNumber() { return collarNumber; }
    public void setCollarNumber(String value) { this.collarNumber = value; }
    public String getForceId() { return forceId; }
    public void setForceId(String value) { this.forceId = value; }
    public String getTeamId() { return teamId; }
    public void setTeamId(String value) { this.teamId = value; }
    public String getSupervisorId() { return supervisorId; }
    public void setSupervisorId(String value) { this.supervisorId = value; }
    public String getPersonId() { return personId; }
    public void setPersonId(String value) { this.personId = value; }
    public String getSchemeId() { return schemeId; }
    public void setSchemeId(String value) { this.schemeId = value; }
    public String getStartDateDay() { return startDateDay; }
    public void setStartDateDay(String value) { this.startDateDay = value; }
    public String getStartDateMonth() { return startDateMonth; }
    public void setStartDateMonth(String value) { this.startDateMonth = value; }
    public String getStartDateYear() { return startDateYear; }
    public void setStartDateYear(String value) { this.startDateYear = value; }
    public String getStatus() { return status; }
    public void setStatus(String value) { this.status = value; }
}
