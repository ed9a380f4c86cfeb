package uk.saferhub.identity.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.saferhub.shared.access.Role;

/**
 * Finds the key a caller presents, with its roles, in one fixed statement. Every API call does this; loading the
 * aggregate through Spring Data JDBC built its SQL anew on each call, a tenth of the server's time under the API load.
 */
@Component
public class ApiKeyLookup {

    private final JdbcClient jdbc;

    ApiKeyLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredKey> byPrefix(String prefix) {
        return jdbc.sql("""
                select k.id, k.name, k.key_prefix, k.secret_hash, k.organisation_id, k.created_by, k.created_at,
                       k.revoked_at, k.last_used_at, array(select r.role from api_key_role r where r.api_key_id = k.id)
                       as roles
                  from api_key k
                 where k.key_prefix = ?""")
                .param(prefix)
                .query((rs, row) -> new StoredKey(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("key_prefix"), rs.getString("secret_hash"),
                        rs.getObject("organisation_id", UUID.class), rs.getObject("created_by", UUID.class),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("revoked_at")),
                        instant(rs.getTimestamp("last_used_at")), roles(rs.getArray("roles"))))
                .optional();
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object role : (Object[]) array.getArray()) {
            roles.add(Role.valueOf((String) role));
        }
        return roles;
    }

    /** An API key as stored: only the hash of its secret. */
    public record StoredKey(UUID id, String name, String keyPrefix, String secretHash, UUID organisationId,
            UUID createdBy, Instant createdAt, Instant revokedAt, Instant lastUsedAt, Set<Role> roles) {
    }
}
