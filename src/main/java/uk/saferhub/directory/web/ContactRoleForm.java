package uk.saferhub.directory.web;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import uk.saferhub.directory.ContactRole;
import uk.saferhub.shared.web.PlainText;

/** One of the contact roles on the add and change person pages; a role left empty is ignored. */
public class ContactRoleForm {

    @Size(max = 200, message = "The role title must be 200 characters or fewer")
    @PlainText
    private String title;

    @Size(max = 200, message = "The area served must be 200 characters or fewer")
    @PlainText
    private String areaServed;

    private String organisationServedId;

    static ContactRoleForm of(ContactRole role) {
        var form = new ContactRoleForm();
        form.title = role.title();
        form.areaServed = role.areaServed();
        form.organisationServedId = role.organisationServedId() == null ? null
                : role.organisationServedId().toString();
        return form;
    }

    boolean isEmpty() {
        return blank(title) && blank(areaServed) && blank(organisationServedId);
    }

    boolean hasTitle() {
        return !blank(title);
    }

    boolean organisationServedIsWellFormed() {
        return blank(organisationServedId) || organisationServedId.strip().matches(OrganisationForm.UUID_TEXT);
    }

    ContactRole role() {
        return new ContactRole(title.strip(), blank(areaServed) ? null : areaServed.strip(),
                blank(organisationServedId) ? null : UUID.fromString(organisationServedId.strip()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAreaServed() {
        return areaServed;
    }

    public void setAreaServed(String areaServed) {
        this.areaServed = areaServed;
    }

    public String getOrganisationServedId() {
        return organisationServedId;
    }

    public void setOrganisationServedId(String organisationServedId) {
        this.organisationServedId = organisationServedId;
    }
}
