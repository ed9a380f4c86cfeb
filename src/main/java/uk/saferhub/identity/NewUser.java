package uk.saferhub.identity;

import java.util.Set;
import java.util.UUID;

import uk.saferhub.shared.access.Role;

/** What an administrator enters to create a user. */
public record NewUser(String username, String displayName, String email, UUID organisationId, Set<Role> roles,
        String password) {
}
