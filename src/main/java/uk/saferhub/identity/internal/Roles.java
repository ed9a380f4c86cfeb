package uk.saferhub.identity.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;

import uk.saferhub.shared.access.Role;

/** The roles of an account or key, read as one array column beside the rest of its row. */
final class Roles {

    private Roles() {
    }

    static Set<Role> of(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object role : (Object[]) array.getArray()) {
            roles.add(Role.valueOf((String) role));
        }
        return roles;
    }
}
