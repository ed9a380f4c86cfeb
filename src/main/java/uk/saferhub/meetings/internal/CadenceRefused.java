package uk.saferhub.meetings.internal;

import java.io.Serial;

import uk.saferhub.shared.ChangeRefused;

/** A cadence that cannot be used (a field missing, or a rhythm that would leave a year without a meeting). */
public class CadenceRefused extends ChangeRefused {

    @Serial
    private static final long serialVersionUID = 1L;

    public CadenceRefused(String field, String key, Object... arguments) {
        super(field, key, arguments);
    }
}
