package uk.saferhub.identity;

import uk.saferhub.shared.ChangeRefused;

/** A change to accounts or keys that breaks a rule (taking one's own administration away, a taken username). */
public class IdentityChangeRefused extends ChangeRefused {

    private static final long serialVersionUID = 1L;

    public IdentityChangeRefused(String field, String key, Object... arguments) {
        super(field, key, arguments);
    }
}
