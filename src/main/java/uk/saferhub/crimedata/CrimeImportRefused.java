package uk.saferhub.crimedata;

import java.io.Serial;

import uk.saferhub.shared.ChangeRefused;

/** A file refused whole (not a street-level CSV, a wrong header, a truncated gzip, too large): nothing was changed. */
public class CrimeImportRefused extends ChangeRefused {

    @Serial
    private static final long serialVersionUID = 1L;

    public CrimeImportRefused(String field, String key, Object... arguments) {
        super(field, key, arguments);
    }
}
