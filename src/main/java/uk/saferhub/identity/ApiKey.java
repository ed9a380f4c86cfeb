package uk.saferhub.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import uk.saferhub.shared.access.Role;

/**
 * A key another system uses to call the API for one organisation with given roles. Only its hash is kept. It keeps the
 * version it was read at (see {@link UserAccount}).
 */
public class ApiKey {

    private UUID id;
    private String name;
    private String keyPrefix;
    private String secretHash;
    private UUID organisationId;
    private UUID createdBy;
    private Instant createdAt;
    private Instant revokedAt;
    /** Stamped outside the version (see LastUse): saving the key never writes it back. */
    private Instant lastUsedAt;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private int version;

    private ApiKey() {
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
        key.roles.addAll(roles);
        return key;
    }

    /** A key as stored, for the identity module's store. */
    public static ApiKey restore(UUID id, String name, String keyPrefix, String secretHash, UUID organisationId,
            Set<Role> roles, UUID createdBy, Instant createdAt, Instant revokedAt, Instant lastUsedAt, int version) {
        var key = new ApiKey();
        key.id = id;
        key.name = name;
        key.keyPrefix = keyPrefix;
        key.secretHash = secretHash;
        key.organisationId = organisationId;
        key.roles.addAll(roles);
        key.createdBy = createdBy;
        key.createdAt = createdAt;
        key.revokedAt = revokedAt;
        key.lastUsedAt = lastUsedAt;
        key.version = version;
        return key;
    }

    void revoke(Instant now) {
        if (revokedAt != null) {
            throw new IdentityChangeRefused(null, "identity.apiKey.alreadyRevoked");
        }
        revokedAt = now;
    }

    public boolean active() {
        return revokedAt == null;
    }

    public Set<Role> roleSet() {
        return EnumSet.copyOf(roles);
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

    public int version() {
        return version;
    }
}
