package uk.saferhub.identity;

import uk.saferhub.shared.ChangeRefused;

/** A password the policy refuses, or a current password that is not the user's; it names the field at fault. */
public class PasswordRefusedException extends ChangeRefused {

    private static final long serialVersionUID = 1L;

    /** The new password is refused by the policy. */
    public PasswordRefusedException(PasswordPolicy.Problem problem) {
        this("newPassword", problem);
    }

    /** The password in {@code field} is refused by the policy. */
    public PasswordRefusedException(String field, PasswordPolicy.Problem problem) {
        this(field, problem.key(), problem.arguments());
    }

    /** The password in {@code field} is refused, in the words of the message {@code key} of the identity messages. */
    public PasswordRefusedException(String field, String key, Object... arguments) {
        super(field, key, arguments);
    }
}
