package uk.saferhub.reports;

import java.io.Serial;

import uk.saferhub.shared.ChangeRefused;

/** A report that breaks a rule (a required section left empty, an exempt report without its paragraph). */
public class ReportsChangeRefused extends ChangeRefused {

    @Serial
    private static final long serialVersionUID = 1L;

    public ReportsChangeRefused(String field, String key, Object... arguments) {
        super(field, key, arguments);
    }
}
