package uk.saferhub.identity;

import uk.saferhub.shared.ChangeRefused;

/** A password the policy refuses, or a current password that is not the user's; it names the field at fault. */
public class PasswordRefusedException extends ChangeRefused {

    private static final long serialVersionUID = 1L;

    /** The new password is refused. */
    public PasswordRefusedException(String reason) {
        this("newPassword", reason);
    }

    public PasswordRefusedException(String field, String reason) {
        super(field, reason);
    }
}
