package uk.saferhub.identity.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import uk.saferhub.identity.UserAccount;
import uk.saferhub.shared.web.PlainText;

/** The filters of the users list: an organisation and some text found in the username, name or email. */
record UserFilter(
        UUID organisation,
        @Size(max = 200, message = "{identity.users.text.tooLong}") @PlainText String text) {

    boolean matches(UserAccount account) {
        if (organisation != null && !organisation.equals(account.organisationId())) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = text.strip().toLowerCase(Locale.UK);
        return contains(account.username(), wanted) || contains(account.displayName(), wanted)
                || contains(account.email(), wanted);
    }

    private static boolean contains(String value, String wanted) {
        return value != null && value.toLowerCase(Locale.UK).contains(wanted);
    }

    boolean active() {
        return organisation != null || (text != null && !text.isBlank());
    }
}
