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

import uk.saferhub.identity.UserAccount;
import uk.saferhub.shared.access.Role;

/**
 * User accounts and their roles in SQL, each account read in one row with its roles as an array. The last sign-in is
 * read here but written only by {@link LastUse}.
 */
@Repository
public class UserAccountStore {

    private static final String SELECT = """
            select a.id, a.username, a.display_name, a.email, a.organisation_id, a.person_id, a.password_hash,
                   a.enabled, a.demonstration, a.password_changed_at, a.last_sign_in_at, a.created_at, a.updated_at,
                   a.version,
                   array(select r.role from user_account_role r where r.user_account_id = a.id) as roles
              from user_account a""";

    private final JdbcClient jdbc;

    UserAccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> find(UUID id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(UserAccountStore::account).optional();
    }

    public List<UserAccount> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where a.id in (:ids)").param("ids", ids).query(UserAccountStore::account).list();
    }

    public List<UserAccount> all() {
        return jdbc.sql(SELECT).query(UserAccountStore::account).list();
    }

    /** The account with this username, as stored (lower case). */
    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql(SELECT + " where a.username = ?").param(username).query(UserAccountStore::account).optional();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select exists (select 1 from user_account where username = ?)").param(username)
                .query(Boolean.class).single();
    }

    public boolean anyExists() {
        return jdbc.sql("select exists (select 1 from user_account)").query(Boolean.class).single();
    }

    public void insert(UserAccount account) {
        jdbc.sql("""
                insert into user_account (id, username, display_name, email, organisation_id, person_id,
                    password_hash, enabled, demonstration, password_changed_at, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(account.id(), account.username(), account.displayName(), account.email(),
                        account.organisationId(), account.personId(), account.passwordHash(), account.enabled(),
                        account.demonstration(), timestamp(account.passwordChangedAt()),
                        timestamp(account.createdAt()), timestamp(account.updatedAt()), account.version())
                .update();
        addRoles(account);
    }

    /** Writes the account and its roles over the version it was read at; fails if it was changed since. */
    public void update(UserAccount account) {
        int updated = jdbc.sql("""
                update user_account set username = ?, display_name = ?, email = ?, organisation_id = ?,
                    person_id = ?, password_hash = ?, enabled = ?, demonstration = ?, password_changed_at = ?,
                    updated_at = ?, version = version + 1
                 where id = ? and version = ?""")
                .params(account.username(), account.displayName(), account.email(), account.organisationId(),
                        account.personId(), account.passwordHash(), account.enabled(), account.demonstration(),
                        timestamp(account.passwordChangedAt()), timestamp(account.updatedAt()), account.id(),
                        account.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException(
                    "User account " + account.id() + " was changed since it was read");
        }
        jdbc.sql("delete from user_account_role where user_account_id = ?").param(account.id()).update();
        addRoles(account);
    }

    private void addRoles(UserAccount account) {
        for (Role role : account.roleSet()) {
            jdbc.sql("insert into user_account_role (user_account_id, role) values (?, ?)")
                    .params(account.id(), role.name()).update();
        }
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        return UserAccount.restore(rs.getObject("id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), rs.getString("email"), rs.getObject("organisation_id", UUID.class),
                rs.getObject("person_id", UUID.class), rs.getString("password_hash"), rs.getBoolean("enabled"),
                rs.getBoolean("demonstration"), Roles.of(rs.getArray("roles")),
                instant(rs.getTimestamp("password_changed_at")), instant(rs.getTimestamp("last_sign_in_at")),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")), rs.getInt("version"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
