package uk.saferhub.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.identity.ApiKey;
import uk.saferhub.shared.access.Role;

/**
 * API keys and their roles in SQL, each key read in one fixed statement with its roles as an array: every API call
 * looks up the key it presents this way. The last use is read here but written only by {@link LastUse}; a key's
 * roles are set when it is issued and never change.
 */
@Repository
public class ApiKeyStore {

    private static final String SELECT = """
            select k.id, k.name, k.key_prefix, k.secret_hash, k.organisation_id, k.created_by, k.created_at,
                   k.revoked_at, k.last_used_at, k.version,
                   array(select r.role from api_key_role r where r.api_key_id = k.id) as roles
              from api_key k""";

    private final JdbcClient jdbc;

    ApiKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ApiKey> find(UUID id) {
        return jdbc.sql(SELECT + " where k.id = ?").param(id).query(ApiKeyStore::key).optional();
    }

    /** The key with this prefix, the part of a presented key that names it. */
    public Optional<ApiKey> findByPrefix(String prefix) {
        return jdbc.sql(SELECT + " where k.key_prefix = ?").param(prefix).query(ApiKeyStore::key).optional();
    }

    public List<ApiKey> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where k.id in (:ids)").param("ids", ids).query(ApiKeyStore::key).list();
    }

    public List<ApiKey> all() {
        return jdbc.sql(SELECT).query(ApiKeyStore::key).list();
    }

    public void insert(ApiKey key) {
        jdbc.sql("""
                insert into api_key (id, name, key_prefix, secret_hash, organisation_id, created_by, created_at,
                    revoked_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(key.id(), key.name(), key.keyPrefix(), key.secretHash(), key.organisationId(),
                        key.createdBy(), Timestamp.from(key.createdAt()), timestamp(key.revokedAt()), key.version())
                .update();
        for (Role role : key.roleSet()) {
            jdbc.sql("insert into api_key_role (api_key_id, role) values (?, ?)").params(key.id(), role.name())
                    .update();
        }
    }

    /** Writes the key's name and revocation over the version it was read at; fails if it was changed since. */
    public void update(ApiKey key) {
        int updated = jdbc.sql("""
                update api_key set name = ?, revoked_at = ?, version = version + 1 where id = ? and version = ?""")
                .params(key.name(), timestamp(key.revokedAt()), key.id(), key.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("API key " + key.id() + " was changed since it was read");
        }
    }

    private static ApiKey key(ResultSet rs, int row) throws SQLException {
        return ApiKey.restore(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("key_prefix"),
                rs.getString("secret_hash"), rs.getObject("organisation_id", UUID.class),
                Roles.of(rs.getArray("roles")), rs.getObject("created_by", UUID.class),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("revoked_at")),
                instant(rs.getTimestamp("last_used_at")), rs.getInt("version"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
