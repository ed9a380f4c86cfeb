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
record ApiKeyForm(
        @NotBlank(message = "{identity.apiKey.name.required}")
        @Size(max = 200, message = "{identity.apiKey.name.tooLong}") @PlainText String name,
        @NotNull(message = "{identity.apiKey.organisationId.required}") UUID organisationId,
        @NotEmpty(message = "{identity.roles.required}") Set<Role> roles) {

    ApiKeyForm {
        roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    static ApiKeyForm empty() {
        return new ApiKeyForm(null, null, null);
    }
}
