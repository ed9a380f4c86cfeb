package uk.saferhub.geography;

import java.io.Serial;

import uk.saferhub.shared.ChangeRefused;

/** An import or a change to places that breaks a rule (invalid GeoJSON, a missing code); nothing was changed. */
public class GeographyChangeRefused extends ChangeRefused {

    @Serial
    private static final long serialVersionUID = 1L;

    public GeographyChangeRefused(String field, String key, Object... arguments) {
        super(field, key, arguments);
    }
}
