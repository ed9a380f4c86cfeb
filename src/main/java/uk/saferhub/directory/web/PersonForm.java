package uk.saferhub.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.directory.Person;
import uk.saferhub.directory.PersonDetails;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.PlainText;

/** What the add and change person pages post: the person and up to three contact roles. */
record PersonForm(
        @NotBlank(message = "{directory.person.name.required}")
        @Size(max = 200, message = "{directory.person.name.tooLong}") @PlainText String name,
        @NotNull(message = "{directory.person.organisationId.required}") UUID organisationId,
        @Size(max = 200, message = "{directory.person.jobTitle.tooLong}") @PlainText String jobTitle,
        @Size(max = 200, message = "{directory.email.tooLong}")
        @Email(regexp = OrganisationForm.EMAIL, message = "{directory.email.invalid}") String email,
        @Size(max = 40, message = "{directory.phone.tooLong}")
        @Pattern(regexp = OrganisationForm.PHONE, message = "{directory.phone.invalid}") @PlainText String phone,
        @NotNull(message = "{directory.person.handlingLevel.required}") HandlingLevel handlingLevel,
        @Valid List<ContactRoleForm> roles) {

    static final int MAX_ROLES = 3;

    /** Always an empty row for each contact role not yet used, up to three. */
    PersonForm {
        List<ContactRoleForm> rows = new ArrayList<>(roles == null ? List.of() : roles);
        rows.replaceAll(role -> role == null ? ContactRoleForm.empty() : role);
        while (rows.size() < MAX_ROLES) {
            rows.add(ContactRoleForm.empty());
        }
        roles = rows;
    }

    static PersonForm empty(UUID organisationId) {
        return new PersonForm(null, organisationId, null, null, null, HandlingLevel.PARTNERSHIP, null);
    }

    static PersonForm of(Person person) {
        return new PersonForm(person.name(), person.organisationId(), person.jobTitle(), person.email(),
                person.phone(), person.handlingLevel(), person.contactRoles().stream().map(ContactRoleForm::of)
                        .toList());
    }

    /** A title for every role that is filled in, and no more than three. */
    void check(Errors errors) {
        for (int index = 0; index < roles.size(); index++) {
            ContactRoleForm role = roles.get(index);
            if (role.isEmpty()) {
                continue;
            }
            if (index >= MAX_ROLES) {
                errors.reject("directory.person.roles.tooMany", new Object[] {MAX_ROLES}, null);
                return;
            }
            if (!role.hasTitle()) {
                FormErrors.reject(errors, "roles[" + index + "].title", "directory.person.role.title.required",
                        index + 1);
            }
        }
    }

    PersonDetails details() {
        return new PersonDetails(organisationId, name, jobTitle, email, phone, handlingLevel,
                roles.stream().filter(role -> !role.isEmpty()).map(ContactRoleForm::role).toList());
    }
}
