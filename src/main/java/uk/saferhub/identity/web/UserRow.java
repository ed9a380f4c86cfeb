package uk.saferhub.identity.web;

import java.util.Map;
import java.util.UUID;

import uk.saferhub.identity.UserAccount;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.shared.web.DisplayTime;

/** A user account as the administration pages show it, its words from the messages. */
record UserRow(UUID id, String username, String displayName, String email, String organisationName, String roles,
        String status, String statusTag, String lastSignIn, String passwordChanged, boolean enabled) {

    static UserRow of(UserAccount account, Map<UUID, String> organisationNames, PageWords words) {
        String never = words.text("identity.never");
        return new UserRow(account.id(), account.username(), account.displayName(), account.email(),
                organisationNames.getOrDefault(account.organisationId(), words.text("identity.unknownOrganisation")),
                words.labels("identity.role.", account.roleSet()),
                words.text(account.enabled() ? "identity.user.status.active" : "identity.user.status.disabled"),
                account.enabled() ? "govuk-tag--green" : "govuk-tag--grey", DisplayTime.of(account.lastSignInAt(), never),
                DisplayTime.of(account.passwordChangedAt(), never), account.enabled());
    }
}
