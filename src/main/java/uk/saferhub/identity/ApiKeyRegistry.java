package uk.saferhub.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
    /**
     * How long a key read by its prefix is reused before it is read again (ADR 0024). A revocation made on this
     * server is seen by the next request; one made on another server of the same database, or straight in the
     * database, within this time.
     */
    static final Duration KEPT = Duration.ofSeconds(10);

    private final ApiKeyStore apiKeys;
    private final AdministeredRecords administered;
    private final Directory directory;
    private final LastUse lastUse;
    private final AuditTrail audit;
    private final Clock clock;
    /** Keys recently read, by prefix: every API call presents one, usually the same few. */
    private final Cache<String, Known> known = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(10_000)
            .build();
    /** Bumped by every revocation, so a read that began before one is never kept. */
    private final AtomicLong revocations = new AtomicLong();

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
        forget(key.keyPrefix());
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
        Known entry = known.getIfPresent(prefix);
        if (entry == null) {
            long seen = revocations.get();
            ApiKey read = apiKeys.findByPrefix(prefix).orElse(null);
            if (read == null) {
                return Optional.empty();
            }
            entry = new Known(read);
            if (revocations.get() == seen) {
                known.put(prefix, entry);
            }
        }
        ApiKey key = entry.key;
        if (!key.active() || !MessageDigest.isEqual(key.secretHash().getBytes(StandardCharsets.US_ASCII),
                sha256(presented).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (LastUse.apiKeyStampDue(entry.lastUsedAt, now)) {
            entry.lastUsedAt = now;
            lastUse.apiKeyUsed(key.id(), now);
        }
        return Optional.of(key);
    }

    /** Forgets every key read, so the next call of each reads it again (a test that rewrites a key's row). */
    void forgetKeys() {
        revocations.incrementAndGet();
        known.invalidateAll();
    }

    /** Forgets a key now and again once the surrounding transaction has committed. */
    private void forget(String prefix) {
        revocations.incrementAndGet();
        known.invalidate(prefix);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    revocations.incrementAndGet();
                    known.invalidate(prefix);
                }
            });
        }
    }

    /** A key as read, with the last-use time this server knows of. */
    private static final class Known {

        private final ApiKey key;
        private volatile Instant lastUsedAt;

        Known(ApiKey key) {
            this.key = key;
            this.lastUsedAt = key.lastUsedAt();
        }
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
