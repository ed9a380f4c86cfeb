package uk.saferhub.identity.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import uk.saferhub.identity.UserAccount;
import uk.saferhub.shared.access.Role;
import uk.saferhub.shared.web.DisplayTime;

/** A user account as the administration pages show it. */
record UserRow(UUID id, String username, String displayName, String email, String organisationName, String roles,
        String status, String statusTag, String lastSignIn, String passwordChanged, boolean enabled) {

    static UserRow of(UserAccount account, Map<UUID, String> organisationNames) {
        String status;
        String tag;
        if (!account.enabled()) {
            status = "Disabled";
            tag = "govuk-tag--grey";
        } else {
            status = "Active";
            tag = "govuk-tag--green";
        }
        return new UserRow(account.id(), account.username(), account.displayName(), account.email(),
                organisationNames.getOrDefault(account.organisationId(), "Unknown organisation"),
                labels(account.roleSet()), status, tag, DisplayTime.of(account.lastSignInAt(), "Never"),
                DisplayTime.of(account.passwordChangedAt(), "Never"), account.enabled());
    }

    static String labels(Set<Role> roles) {
        return roles.stream().map(Role::label).collect(Collectors.joining(", "));
    }
}
