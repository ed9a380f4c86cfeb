package uk.saferhub.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import uk.saferhub.audit.Changes;
import uk.saferhub.shared.access.Role;

/**
 * A person who signs in to SaferHub for one organisation, with the roles they hold there. It keeps the version it was
 * read at, and the store writes it only over that version, so a change saved meanwhile is never overwritten.
 */
public class UserAccount {

    private UUID id;
    private String username;
    private String displayName;
    private String email;
    private UUID organisationId;
    private UUID personId;
    private String passwordHash;
    private boolean enabled;
    private Instant passwordChangedAt;
    /** Stamped outside the version (see LastUse): saving the account never writes it back. */
    private Instant lastSignInAt;
    private boolean demonstration;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Instant createdAt;
    private Instant updatedAt;
    private int version;

    private UserAccount() {
    }

    static UserAccount create(String username, String displayName, String email, UUID organisationId,
            Set<Role> roles, String passwordHash, boolean demonstration, Instant now) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("Select at least one role");
        }
        var account = new UserAccount();
        account.id = UUID.randomUUID();
        account.username = username.strip().toLowerCase();
        account.displayName = displayName.strip();
        account.email = email == null || email.isBlank() ? null : email.strip();
        account.organisationId = organisationId;
        account.passwordHash = passwordHash;
        account.enabled = true;
        account.demonstration = demonstration;
        account.passwordChangedAt = now;
        account.createdAt = now;
        account.updatedAt = now;
        account.roles.addAll(roles);
        return account;
    }

    /** An account as stored, for the identity module's store. */
    public static UserAccount restore(UUID id, String username, String displayName, String email, UUID organisationId,
            UUID personId, String passwordHash, boolean enabled, boolean demonstration, Set<Role> roles,
            Instant passwordChangedAt, Instant lastSignInAt, Instant createdAt, Instant updatedAt, int version) {
        var account = new UserAccount();
        account.id = id;
        account.username = username;
        account.displayName = displayName;
        account.email = email;
        account.organisationId = organisationId;
        account.personId = personId;
        account.passwordHash = passwordHash;
        account.enabled = enabled;
        account.demonstration = demonstration;
        account.roles.addAll(roles);
        account.passwordChangedAt = passwordChangedAt;
        account.lastSignInAt = lastSignInAt;
        account.createdAt = createdAt;
        account.updatedAt = updatedAt;
        account.version = version;
        return account;
    }

    Changes changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
        updatedAt = now;
        return Changes.none().field("password", "(set)", "(changed)");
    }

    Changes disable(Instant now) {
        var changes = Changes.none().field("enabled", enabled, false);
        enabled = false;
        updatedAt = now;
        return changes;
    }

    Changes enable(Instant now) {
        var changes = Changes.none().field("enabled", enabled, true);
        enabled = true;
        updatedAt = now;
        return changes;
    }

    Changes changeRoles(Set<Role> newRoles, Instant now) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("Select at least one role");
        }
        var changes = Changes.none().field("roles", roleSet(), EnumSet.copyOf(newRoles));
        roles.clear();
        roles.addAll(newRoles);
        updatedAt = now;
        return changes;
    }

    public Set<Role> roleSet() {
        return EnumSet.copyOf(roles);
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public UUID organisationId() {
        return organisationId;
    }

    /** The person in the directory this account is for, if linked: their seats on bodies follow them. */
    public UUID personId() {
        return personId;
    }

    Changes linkPerson(UUID person, Instant now) {
        var changes = Changes.none().field("personId", personId, person);
        personId = person;
        updatedAt = now;
        return changes;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public boolean demonstration() {
        return demonstration;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
