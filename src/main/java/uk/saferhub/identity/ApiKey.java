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

import uk.saferhub.identity.internal.ApiKeyLookup;
import uk.saferhub.shared.access.Role;

/** A key another system uses to call the API for one organisation with given roles. Only its hash is kept. */
@Table("api_key")
public class ApiKey {

    @Id
    private UUID id;
    private String name;
    private String keyPrefix;
    private String secretHash;
    private UUID organisationId;
    private UUID createdBy;
    private Instant createdAt;
    private Instant revokedAt;
    /** Stamped by plain SQL outside the version (see LastUse), so saving the key never writes it back. */
    @ReadOnlyProperty
    private Instant lastUsedAt;
    @MappedCollection(idColumn = "api_key_id")
    private Set<RoleGrant> roles = new HashSet<>();
    @Version
    private Integer version;

    @Table("api_key_role")
    record RoleGrant(Role role) {
    }

    protected ApiKey() {
    }

    static ApiKey issue(String name, String keyPrefix, String secretHash, UUID organisationId, Set<Role> roles,
            UUID createdBy, Instant now) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("Select at least one role");
        }
        var key = new ApiKey();
        key.id = UUID.randomUUID();
        key.name = name.strip();
        key.keyPrefix = keyPrefix;
        key.secretHash = secretHash;
        key.organisationId = organisationId;
        key.createdBy = createdBy;
        key.createdAt = now;
        roles.forEach(role -> key.roles.add(new RoleGrant(role)));
        return key;
    }

    /** A key as stored, read without the aggregate's loading (see {@code ApiKeyLookup}); not for saving. */
    static ApiKey restored(ApiKeyLookup.StoredKey stored) {
        var key = new ApiKey();
        key.id = stored.id();
        key.name = stored.name();
        key.keyPrefix = stored.keyPrefix();
        key.secretHash = stored.secretHash();
        key.organisationId = stored.organisationId();
        key.createdBy = stored.createdBy();
        key.createdAt = stored.createdAt();
        key.revokedAt = stored.revokedAt();
        key.lastUsedAt = stored.lastUsedAt();
        stored.roles().forEach(role -> key.roles.add(new RoleGrant(role)));
        return key;
    }

    void revoke(Instant now) {
        if (revokedAt != null) {
            throw new IllegalStateException("This API key has already been revoked");
        }
        revokedAt = now;
    }

    public boolean active() {
        return revokedAt == null;
    }

    public Set<Role> roleSet() {
        return roles.stream().map(RoleGrant::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public String secretHash() {
        return secretHash;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }
}
