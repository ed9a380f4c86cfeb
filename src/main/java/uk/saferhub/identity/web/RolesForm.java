package uk.saferhub.identity.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;

import uk.saferhub.shared.access.Role;

/** The roles an administrator gives a user. */
record RolesForm(@NotEmpty(message = "{identity.roles.required}") Set<Role> roles) {

    RolesForm {
        roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
