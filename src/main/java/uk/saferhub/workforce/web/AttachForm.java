package uk.saferhub.workforce.web;

import static uk.saferhub.workforce.web.FormValues.anyOf;
import static uk.saferhub.workforce.web.FormValues.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.validation.Errors;

import uk.saferhub.workforce.AttachmentRole;
import uk.saferhub.workforce.NewAttachment;

/** Attaching a PCSO to wards, as posted: the wards ticked, the role, from and (optionally) to. */
public class AttachForm {

    private List<String> wardIds = new ArrayList<>();
    private String role = AttachmentRole.DESIGNATED.name();
    private String fromDay;
    private String fromMonth;
    private String fromYear;
    private String toDay;
    private String toMonth;
    private String toYear;

    static AttachForm startingOn(LocalDate day) {
        var form = new AttachForm();
        form.fromDay = String.valueOf(day.getDayOfMonth());
        form.fromMonth = String.valueOf(day.getMonthValue());
        form.fromYear = String.valueOf(day.getYear());
        return form;
    }

    void check(Errors errors) {
        if (wardIds == null || wardIds.isEmpty()) {
            errors.rejectValue("wardIds", "required", "Choose at least one ward");
        } else if (wardIds.stream().anyMatch(id -> !FormValues.isUuid(id))) {
            errors.rejectValue("wardIds", "invalid", "Choose wards from the list");
        }
        if (role == null || Arrays.stream(AttachmentRole.values()).noneMatch(value -> value.name().equals(role))) {
            errors.rejectValue("role", "required", "Choose whether the wards are a designated patrol area or cover");
        }
        LocalDate from = date(fromDay, fromMonth, fromYear);
        if (from == null) {
            errors.rejectValue("fromDay", "required", "Enter the date the attachment starts as a real date");
        }
        LocalDate to = date(toDay, toMonth, toYear);
        if (anyOf(toDay, toMonth, toYear) && to == null) {
            errors.rejectValue("toDay", "invalid", "Enter the date the attachment ends as a real date, or leave it "
                    + "empty");
        } else if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("toDay", "order", "The attachment must end on or after the date it starts");
        }
    }

    NewAttachment attachment() {
        return new NewAttachment(wardIds.stream().map(id -> UUID.fromString(id.strip())).toList(),
                AttachmentRole.valueOf(role), date(fromDay, fromMonth, fromYear), date(toDay, toMonth, toYear));
    }

    /** Whether the ward is ticked, to show the form again as it was posted. */
    public boolean ticked(UUID wardId) {
        return wardIds != null && wardIds.contains(wardId.toString());
    }

    public List<String> getWardIds() { return wardIds; }
    public void setWardIds(List<String> value) { this.wardIds = value == null ? new ArrayList<>() : value; }
    public String getRole() { return role; }
    public void setRole(String value) { this.role = value; }
    public String getFromDay() { return fromDay; }
    public void setFromDay(String value) { this.fromDay = value; }
    public String getFromMonth() { return fromMonth; }
    public void setFromMonth(String value) { this.fromMonth = value; }
    public String getFromYear() { return fromYear; }
    public void setFromYear(String value) { this.fromYear = value; }
    public String getToDay() { return toDay; }
    public void setToDay(String value) { this.toDay = value; }
    public String getToMonth() { return toMonth; }
    public void setToMonth(String value) { this.toMonth = value; }
    public String getToYear() { return toYear; }
    public void setToYear(String value) { this.toYear = value; }
}
