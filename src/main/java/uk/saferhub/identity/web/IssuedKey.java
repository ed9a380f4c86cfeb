package uk.saferhub.identity.web;

import java.io.Serial;
import java.io.Serializable;

/**
 * A key just issued, carried to the page that shows it once as a flash attribute: it lives in the session only until
 * that page has been shown, so reloading the page cannot show it again.
 */
record IssuedKey(String name, String organisationName, String roles, String plainKey) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
