package uk.saferhub.identity.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stamps when an API key was last used and when a user last signed in. These are facts about use, not decisions of
 * the aggregates, so they are written with plain SQL outside the aggregates' versions: a busy key or a sign-in can then
 * never collide with an administrator's change, nor with another request using the same key.
 */
@Repository
public class LastUse {

    /** How fresh a key's last-used time is kept: finer would mean a write on almost every API call. */
    public static final Duration API_KEY_RESOLUTION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;

    LastUse(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stamps the key as used now, unless it was stamped less than {@link #API_KEY_RESOLUTION} ago or another request
     * is stamping it at this moment: no caller ever waits for another to stamp the same key.
     */
    public void apiKeyUsed(UUID keyId, Instant now) {
        jdbc.sql("""
                update api_key set last_used_at = :now
                where id = (select id from api_key
                            where id = :id and (last_used_at is null or last_used_at <= :stale)
                            for update skip locked)""")
                .param("now", Timestamp.from(now))
                .param("id", keyId)
                .param("stale", Timestamp.from(now.minus(API_KEY_RESOLUTION)))
                .update();
    }

    /** Whether a key last stamped at this time is due a new stamp. */
    public static boolean apiKeyStampDue(Instant lastUsedAt, Instant now) {
        return lastUsedAt == null || !lastUsedAt.isAfter(now.minus(API_KEY_RESOLUTION));
    }

    public void userSignedIn(UUID userId, Instant now) {
        jdbc.sql("update user_account set last_sign_in_at = :now where id = :id")
                .param("now", Timestamp.from(now))
                .param("id", userId)
                .update();
    }
}
