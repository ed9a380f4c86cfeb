package uk.saferhub.partnership.internal;

import java.io.Serial;

import uk.saferhub.shared.ChangeRefused;

/** A change to the structure that would break a rule (a cycle, an overlapping seat); nothing was changed. */
public class PartnershipChangeRefused extends ChangeRefused {

    @Serial
    private static final long serialVersionUID = 1L;

    public PartnershipChangeRefused(String field, String key, Object... arguments) {
        super(field, key, arguments);
    }
}
