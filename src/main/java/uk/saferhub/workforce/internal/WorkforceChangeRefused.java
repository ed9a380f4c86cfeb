package uk.saferhub.workforce.internal;

import java.io.Serial;

import uk.saferhub.shared.ChangeRefused;

/** A change to schemes, PCSOs, posts or attachments that breaks a rule (a share over 100%, overlapping dates). */
public class WorkforceChangeRefused extends ChangeRefused {

    @Serial
    private static final long serialVersionUID = 1L;

    public WorkforceChangeRefused(String field, String key, Object... arguments) {
        super(field, key, arguments);
    }
}
