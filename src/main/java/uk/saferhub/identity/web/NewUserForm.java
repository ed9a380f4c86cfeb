package uk.saferhub.identity.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.saferhub.identity.NewUser;
import uk.saferhub.shared.access.Role;
import uk.saferhub.shared.web.PlainText;

/** What an administrator enters to create a user account. */
record NewUserForm(
        @NotBlank(message = "{identity.user.username.required}")
        @Pattern(regexp = "^$|^[A-Za-z0-9][A-Za-z0-9._-]{1,59}$", message = "{identity.user.username.invalid}")
        String username,
        @NotBlank(message = "{identity.user.displayName.required}")
        @Size(max = 200, message = "{identity.user.displayName.tooLong}") @PlainText String displayName,
        @Email(message = "{identity.user.email.invalid}")
        @Size(max = 200, message = "{identity.user.email.tooLong}") String email,
        @NotNull(message = "{identity.organisationId.required}") UUID organisationId,
        @NotEmpty(message = "{identity.roles.required}") Set<Role> roles,
        @NotBlank(message = "{identity.password.required}") String password,
        @NotBlank(message = "{identity.password.again}") String confirmPassword) {

    NewUserForm {
        username = username == null ? null : username.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    static NewUserForm empty() {
        return new NewUserForm(null, null, null, null, null, null, null);
    }

    NewUser toNewUser() {
        return new NewUser(username, displayName, email, organisationId, roles, password);
    }
}
