package uk.saferhub.crimedata;

import java.io.Serial;

import uk.saferhub.shared.ChangeRefused;

/** A crime analysis query that cannot be answered (an unknown place, force or crime type; months out of order). */
public class CrimeQueryRefused extends ChangeRefused {

    @Serial
    private static final long serialVersionUID = 1L;

    public CrimeQueryRefused(String field, String key, Object... arguments) {
        super(field, key, arguments);
    }
}
