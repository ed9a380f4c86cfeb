package uk.saferhub.partnership.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.springframework.validation.Errors;

import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Membership;
import uk.saferhub.partnership.MembershipDetails;
import uk.saferhub.partnership.MembershipRole;

/** A seat as posted: who, representing what ("organisation:id" or "body:id"), role, from and to dates. */
public class MembershipForm {

    private String personId;
    private String representing;
    private String role;
    private String fromDay;
    private String fromMonth;
    private String fromYear;
    private String toDay;
    private String toMonth;
    private String toYear;

    static MembershipForm of(Membership m) {
        var form = new MembershipForm();
        form.personId = m.personId().toString();
        form.representing = m.representingBodyId() != null ? "body:" + m.representingBodyId()
                : m.representingOrganisationId() != null ? "organisation:" + m.representingOrganisationId() : "";
        form.role = m.role().name();
        form.fromDay = String.valueOf(m.from().getDayOfMonth());
        form.fromMonth = String.valueOf(m.from().getMonthValue());
        form.fromYear = String.valueOf(m.from().getYear());
        if (m.to() != null) {
            form.toDay = String.valueOf(m.to().getDayOfMonth());
            form.toMonth = String.valueOf(m.to().getMonthValue());
            form.toYear = String.valueOf(m.to().getYear());
        }
        return form;
    }

    void check(Errors errors) {
        if (personId == null || !personId.strip().matches("[0-9a-fA-F-]{36}")) {
            errors.rejectValue("personId", "required", "Choose the person");
        }
        if (representing != null && !representing.isBlank()
                && !representing.strip().matches("(organisation|body):[0-9a-fA-F-]{36}")) {
            errors.rejectValue("representing", "invalid", "Choose what the person represents from the list");
        }
        if (role == null || Arrays.stream(MembershipRole.values()).noneMatch(value -> value.name().equals(role))) {
            errors.rejectValue("role", "required", "Choose the person's role");
        }
        LocalDate from = date(fromDay, fromMonth, fromYear);
        if (from == null) {
            errors.rejectValue("fromDay", "required", "Enter the date the seat starts as a real date");
        }
        boolean anyTo = !blank(toDay) || !blank(toMonth) || !blank(toYear);
        LocalDate to = date(toDay, toMonth, toYear);
        if (anyTo && to == null) {
            errors.rejectValue("toDay", "invalid", "Enter the date the seat ends as a real date, or leave it empty");
        } else if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("toDay", "order", "The end date must be the same as or after the start date");
        }
    }

    MembershipDetails details() {
        UUID organisation = null;
        BodyId body = null;
        if (!blank(representing)) {
            String[] parts = representing.strip().split(":");
            if (parts[0].equals("body")) {
                body = BodyId.of(UUID.fromString(parts[1]));
            } else {
                organisation = UUID.fromString(parts[1]);
            }
        }
        return new MembershipDetails(UUID.fromString(personId.strip()), organisation, body,
                MembershipRole.valueOf(role), date(fromDay, fromMonth, fromYear), date(toDay, toMonth, toYear));
    }

    private static LocalDate date(String day, String month, String year) {
        if (blank(day) || blank(month) || blank(year)) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getPersonId() { return personId; }
    public void setPersonId(String value) { this.personId = value; }
    public String getRepresenting() { return representing; }
    public void setRepresenting(String value) { this.representing = value; }
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
