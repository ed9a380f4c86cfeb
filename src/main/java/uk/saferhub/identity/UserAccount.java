package uk.saferhub.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import uk.saferhub.audit.Changes;
import uk.saferhub.shared.access.Role;

/** A person who signs in to SaferHub for one organisation, with the roles they hold there. */
@Table("user_account")
public class UserAccount {

    @Id
    private UUID id;
    private String username;
    private String displayName;
    private String email;
    private UUID organisationId;
    private UUID personId;
    private String passwordHash;
    private boolean enabled;
    private Instant passwordChangedAt;
    /** Stamped by plain SQL outside the version (see LastUse), so saving the account never writes it back. */
    @ReadOnlyProperty
    private Instant lastSignInAt;
    private boolean demonstration;
    @MappedCollection(idColumn = "user_account_id")
    private Set<RoleGrant> roles = new HashSet<>();
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;

    /** A role held by the user. */
    @Table("user_account_role")
    record RoleGrant(Role role) {
    }

    protected UserAccount() {
    }

    public static UserAccount create(String username, String displayName, String email, UUID organisationId,
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
        roles.forEach(role -> account.roles.add(new RoleGrant(role)));
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
        newRoles.forEach(role -> roles.add(new RoleGrant(role)));
        updatedAt = now;
        return changes;
    }

    public Set<Role> roleSet() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class)
                : roles.stream().map(RoleGrant::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
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
}
