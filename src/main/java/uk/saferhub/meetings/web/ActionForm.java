package uk.saferhub.meetings.web;

import java.time.DateTimeException;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.meetings.NewAction;

/** An action as posted: what, its owner (a person or an organisation), the due date and the agenda item. */
public class ActionForm {

    static final String NO_OWNER = "Choose who owns the action: a person or an organisation";

    @NotBlank(message = "Enter what is to be done")
    @Size(max = 2000, message = "The action must be 2000 characters or fewer")
    private String description;
    private String ownerPersonId;
    private String ownerOrganisationId;
    private String dueDay;
    private String dueMonth;
    private String dueYear;
    private String agendaItemId;

    void check(Errors errors) {
        RecordPages.checkMultiLine(errors, "description", description, "actions");
        if (!RecordPages.isUuidOrBlank(ownerPersonId) || !RecordPages.isUuidOrBlank(ownerOrganisationId)) {
            errors.rejectValue("ownerPersonId", "invalid", "Choose the owner from the lists");
        } else if (blank(ownerPersonId) && blank(ownerOrganisationId)) {
            errors.rejectValue("ownerPersonId", "required", NO_OWNER);
        } else if (!blank(ownerPersonId) && !blank(ownerOrganisationId)) {
            errors.rejectValue("ownerPersonId", "both", "Choose a person or an organisation to own the action, not both");
        }
        if (blank(dueDay) && blank(dueMonth) && blank(dueYear)) {
            errors.rejectValue("dueDay", "required", "Enter the date the action is due");
        } else if (dueDate() == null) {
            errors.rejectValue("dueDay", "invalid", "Enter the date the action is due as a real date, for example "
                    + "27 3 2026");
        }
        if (!RecordPages.isUuidOrBlank(agendaItemId)) {
            errors.rejectValue("agendaItemId", "invalid", "Choose the agenda item from the list");
        }
    }

    NewAction details() {
        return new NewAction(description, RecordPages.uuidOrNull(ownerPersonId),
                RecordPages.uuidOrNull(ownerOrganisationId), dueDate(), RecordPages.uuidOrNull(agendaItemId));
    }

    private LocalDate dueDate() {
        if (blank(dueDay) || blank(dueMonth) || blank(dueYear) || !dueYear.strip().matches("[0-9]{4}")) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(dueYear.strip()), Integer.parseInt(dueMonth.strip()),
                    Integer.parseInt(dueDay.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getDescription() { return description; }
    public void setDescription(String value) { this.description = value; }
    public String getOwnerPersonId() { return ownerPersonId; }
    public void setOwnerPersonId(String value) { this.ownerPersonId = value; }
    public String getOwnerOrganisationId() { return ownerOrganisationId; }
    public void setOwnerOrganisationId(String value) { this.ownerOrganisationId = value; }
    public String getDueDay() { return dueDay; }
    public void setDueDay(String value) { this.dueDay = value; }
    public String getDueMonth() { return dueMonth; }
    public void setDueMonth(String value) { this.dueMonth = value; }
    public String getDueYear() { return dueYear; }
    public void setDueYear(String value) { this.dueYear = value; }
    public String getAgendaItemId() { return agendaItemId; }
    public void setAgendaItemId(String value) { this.agendaItemId = value; }
}
