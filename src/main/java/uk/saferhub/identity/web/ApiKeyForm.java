package uk.saferhub.identity.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.saferhub.shared.access.Role;
import uk.saferhub.shared.web.PlainText;

/** What an administrator enters to issue an API key. */
public class ApiKeyForm {

    @NotBlank(message = "Enter a name for the key, such as the system that will use it")
    @Size(max = 200, message = "Name must be 200 characters or fewer")
    @PlainText
    private String name;

    @NotNull(message = "Select the organisation the key acts for")
    private UUID organisationId;

    @NotEmpty(message = "Select at least one role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(UUID organisationId) {
        this.organisationId = organisationId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }
}
