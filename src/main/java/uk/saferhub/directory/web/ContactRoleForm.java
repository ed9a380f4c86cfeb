package uk.saferhub.directory.web;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import uk.saferhub.directory.ContactRole;
import uk.saferhub.shared.web.PlainText;

/** One of the contact roles on the add and change person pages; a role left empty is ignored. */
record ContactRoleForm(
        @Size(max = 200, message = "{directory.person.role.title.tooLong}") @PlainText String title,
        @Size(max = 200, message = "{directory.person.role.areaServed.tooLong}") @PlainText String areaServed,
        UUID organisationServedId) {

    static ContactRoleForm empty() {
        return new ContactRoleForm(null, null, null);
    }

    static ContactRoleForm of(ContactRole role) {
        return new ContactRoleForm(role.title(), role.areaServed(), role.organisationServedId());
    }

    boolean isEmpty() {
        return blank(title) && blank(areaServed) && organisationServedId == null;
    }

    boolean hasTitle() {
        return !blank(title);
    }

    ContactRole role() {
        return new ContactRole(title.strip(), blank(areaServed) ? null : areaServed.strip(), organisationServedId);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
