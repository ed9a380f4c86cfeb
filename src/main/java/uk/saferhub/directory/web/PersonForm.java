package uk.saferhub.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.directory.Person;
import uk.saferhub.directory.PersonDetails;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.web.PlainText;

/** What the add and change person pages post: the person and up to three contact roles. */
public class PersonForm {

    static final int MAX_ROLES = 3;

    @NotBlank(message = "Enter the person's name")
    @Size(max = 200, message = "The name must be 200 characters or fewer")
    @PlainText
    private String name;

    @NotBlank(message = "Select the person's organisation")
    private String organisationId;

    @Size(max = 200, message = "The job title must be 200 characters or fewer")
    @PlainText
    private String jobTitle;

    @Size(max = 200, message = "The e-mail address must be 200 characters or fewer")
    @Email(regexp = OrganisationForm.EMAIL,
            message = "Enter an e-mail address in the correct format, like name@example.org")
    private String email;

    @Size(max = 40, message = "The telephone number must be 40 characters or fewer")
    @Pattern(regexp = OrganisationForm.PHONE, message = "Enter a telephone number, like 01632 960 001")
    @PlainText
    private String phone;

    @NotBlank(message = "Select who may see this person")
    private String handlingLevel = HandlingLevel.PARTNERSHIP.name();

    @Valid
    private List<ContactRoleForm> roles = new ArrayList<>();

    public PersonForm() {
        padRoles();
    }

    static PersonForm of(Person person) {
        var form = new PersonForm();
        form.name = person.name();
        form.organisationId = person.organisationId().toString();
        form.jobTitle = person.jobTitle();
        form.email = person.email();
        form.phone = person.phone();
        form.handlingLevel = person.handlingLevel().name();
        form.roles = new ArrayList<>(person.contactRoles().stream().map(ContactRoleForm::of).toList());
        form.padRoles();
        return form;
    }

    /** Shows an empty row for each contact role not yet used, up to three. */
    final void padRoles() {
        while (roles.size() < MAX_ROLES) {
            roles.add(new ContactRoleForm());
        }
    }

    /** The checks Bean Validation cannot make: offered choices, and a title for every role that is filled in. */
    void checkChoices(Errors errors) {
        if (!errors.hasFieldErrors("organisationId") && !organisationId.strip().matches(OrganisationForm.UUID_TEXT)) {
            errors.rejectValue("organisationId", "unknown", "Select the person's organisation");
        }
        if (!errors.hasFieldErrors("handlingLevel") && level() == null) {
            errors.rejectValue("handlingLevel", "unknown", "Select who may see this person");
        }
        for (int index = 0; index < roles.size(); index++) {
            ContactRoleForm role = roles.get(index);
            if (role == null || role.isEmpty()) {
                continue;
            }
            if (index >= MAX_ROLES) {
                errors.reject("tooManyRoles", "A person can hold up to " + MAX_ROLES + " contact roles");
                return;
            }
            if (!role.hasTitle()) {
                errors.rejectValue("roles[" + index + "].title", "required",
                        "Enter the title of contact role " + (index + 1));
            }
            if (!role.organisationServedIsWellFormed()) {
                errors.rejectValue("roles[" + index + "].organisationServedId", "unknown",
                        "Select the organisation contact role " + (index + 1) + " serves from the list");
            }
        }
    }

    PersonDetails details() {
        return new PersonDetails(UUID.fromString(organisationId.strip()), name, jobTitle, email, phone, level(),
                roles.stream().filter(role -> role != null && !role.isEmpty()).map(ContactRoleForm::role).toList());
    }

    private HandlingLevel level() {
        for (HandlingLevel candidate : HandlingLevel.values()) {
            if (candidate.name().equals(handlingLevel == null ? null : handlingLevel.strip())) {
                return candidate;
            }
        }
        return null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getHandlingLevel() {
        return handlingLevel;
    }

    public void setHandlingLevel(String handlingLevel) {
        this.handlingLevel = handlingLevel;
    }

    public List<ContactRoleForm> getRoles() {
        return roles;
    }

    public void setRoles(List<ContactRoleForm> roles) {
        this.roles = roles;
    }
}
