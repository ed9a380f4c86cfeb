package uk.saferhub.identity.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;

import uk.saferhub.shared.access.Role;

/** The roles an administrator gives a user. */
public class RolesForm {

    @NotEmpty(message = "Select at least one role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public RolesForm() {
    }

    RolesForm(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }
}
