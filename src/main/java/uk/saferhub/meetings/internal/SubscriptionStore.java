package uk.saferhub.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;


/** Calendar subscriptions in SQL, found by the SHA-256 of their token. */
@Repository
public class SubscriptionStore {

    private final JdbcClient jdbc;

    SubscriptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CalendarSubscription subscription, String tokenHash) {
        jdbc.sql("""
                insert into meeting_calendar_subscription (id, user_account_id, subject_type, subject_id, token_hash,
                    created_at) values (?, ?, ?, ?, ?, ?)""")
                .params(subscription.id(), subscription.userId(), subscription.subjectType().name(),
                        subscription.subjectId(), tokenHash, Timestamp.from(subscription.createdAt()))
                .update();
    }

    public Optional<CalendarSubscription> byTokenHash(String tokenHash) {
        return jdbc.sql("select * from meeting_calendar_subscription where token_hash = ? and revoked_at is null")
                .param(tokenHash).query(SubscriptionStore::subscription).optional();
    }

    public List<CalendarSubscription> ofUser(UUID userId) {
        return jdbc.sql("""
                select * from meeting_calendar_subscription where user_account_id = ? and revoked_at is null
                order by created_at""")
                .param(userId).query(SubscriptionStore::subscription).list();
    }

    public boolean revoke(UUID id, UUID userId, Instant now) {
        return jdbc.sql("""
                update meeting_calendar_subscription set revoked_at = ?
                where id = ? and user_account_id = ? and revoked_at is null""")
                .params(Timestamp.from(now), id, userId).update() == 1;
    }

    public void used(UUID id, Instant now) {
        jdbc.sql("update meeting_calendar_subscription set last_used_at = ? where id = ?")
                .params(Timestamp.from(now), id).update();
    }

    static CalendarSubscription subscription(ResultSet rs, int row) throws SQLException {
        return new CalendarSubscription(rs.getObject("id", UUID.class), rs.getObject("user_account_id", UUID.class),
                CalendarSubscription.Subject.valueOf(rs.getString("subject_type")),
                rs.getObject("subject_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant());
    }
}
