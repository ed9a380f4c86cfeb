package uk.saferhub.identity;

import java.util.EnumSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.Role;

/**
 * Creates user accounts for tests, each with a unique username (the database is shared by every test class), and
 * reads back what tests check in the database.
 */
public final class TestAccounts {

    /** A password the policy accepts for any username these tests make. */
    public static final String PASSWORD = "Kettle-Harbour-Lantern-42";

    private TestAccounts() {
    }

    public static String uniqueUsername(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A user of the administrator's own organisation. */
    public static UserAccount create(Identity identity, Actor administrator, String username, Role first,
            Role... more) {
        return identity.createUser(administrator, new NewUser(username, "Test user " + username, null,
                administrator.organisationId(), EnumSet.of(first, more), PASSWORD));
    }

    public static String passwordHash(JdbcClient jdbc, UUID userId) {
        return jdbc.sql("select password_hash from user_account where id = ?").param(userId)
                .query(String.class).single();
    }

    public static UUID idOf(JdbcClient jdbc, String username) {
        return jdbc.sql("select id from user_account where username = ?").param(username).query(UUID.class).single();
    }
}
