package uk.saferhub.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.directory.Directory;
import uk.saferhub.identity.internal.ApiKeyStore;
import uk.saferhub.identity.internal.LastUse;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.Role;

/**
 * Issues and revokes API keys, audited, and recognises a presented key. A key is {@code shk_<prefix>_<secret>}: the
 * prefix names it, and only the SHA-256 hash of the whole key is kept.
 */
@Component
class ApiKeyRegistry {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyStore apiKeys;
    private final AdministeredRecords administered;
    private final Directory directory;
    private final LastUse lastUse;
    private final AuditTrail audit;
    private final Clock clock;

    ApiKeyRegistry(ApiKeyStore apiKeys, AdministeredRecords administered, Directory directory, LastUse lastUse,
            AuditTrail audit, Clock clock) {
        this.apiKeys = apiKeys;
        this.administered = administered;
        this.directory = directory;
        this.lastUse = lastUse;
        this.audit = audit;
        this.clock = clock;
    }

    IssuedApiKey issue(Actor administrator, String name, UUID organisationId, Set<Role> roles) {
        if (name == null || name.isBlank()) {
            throw new IdentityChangeRefused("name", "identity.apiKey.name.blank");
        }
        if (!administrator.sharesWith(organisationId) || directory.organisation(organisationId).isEmpty()) {
            throw new IdentityChangeRefused("organisationId", "identity.organisationId.notYours");
        }
        String prefix = randomHex(6);
        String secret = randomHex(24);
        String plainKey = "shk_" + prefix + "_" + secret;
        ApiKey key = ApiKey.issue(name, prefix, sha256(plainKey), organisationId, roles, administrator.id(),
                clock.instant());
        apiKeys.insert(key);
        audit.recordChange(AuditAction.CREATE, "api-key", key.id(), "Issued API key " + key.name(), Changes.none()
                .field("name", null, key.name())
                .field("organisationId", null, organisationId)
                .field("roles", null, key.roleSet()));
        return new IssuedApiKey(key, plainKey);
    }

    void revoke(Actor administrator, UUID id) {
        ApiKey key = administered.apiKey(administrator, id);
        key.revoke(clock.instant());
        apiKeys.update(key);
        audit.recordChange(AuditAction.UPDATE, "api-key", id, "Revoked API key " + key.name(),
                Changes.none().field("revokedAt", null, key.revokedAt()));
    }

    /**
     * The active key matching a presented key, checked by hash in constant time. Its last-used time is stamped at most
     * once a minute and outside the key's version: many clients may use one key at once.
     */
    Optional<ApiKey> authenticate(String presented) {
        if (presented == null || !presented.matches("shk_[0-9a-f]{12}_[0-9a-f]{48}")) {
            return Optional.empty();
        }
        String prefix = presented.substring(4, 16);
        return apiKeys.findByPrefix(prefix)
                .filter(ApiKey::active)
                .filter(key -> MessageDigest.isEqual(key.secretHash().getBytes(StandardCharsets.US_ASCII),
                        sha256(presented).getBytes(StandardCharsets.US_ASCII)))
                .map(key -> {
                    Instant now = clock.instant();
                    if (LastUse.apiKeyStampDue(key.lastUsedAt(), now)) {
                        lastUse.apiKeyUsed(key.id(), now);
                    }
                    return key;
                });
    }

    private static String randomHex(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
