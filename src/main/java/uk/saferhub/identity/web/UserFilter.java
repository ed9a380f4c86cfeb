package uk.saferhub.identity.web;

import java.util.Locale;
import java.util.UUID;

import uk.saferhub.identity.UserAccount;

/** The filters of the users list: an organisation and some text found in the username, name or email. */
public class UserFilter {

    private UUID organisation;
    private String text;

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

    public UUID getOrganisation() {
        return organisation;
    }

    public void setOrganisation(UUID organisation) {
        this.organisation = organisation;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
