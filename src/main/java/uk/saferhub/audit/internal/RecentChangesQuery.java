package uk.saferhub.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.audit.RecentChanges;

/**
 * The changes (creations, updates, removals) recorded since a moment to records named by type and id, newest first, in
 * one query that also counts them; and when a user signed in before their latest sign-in.
 */
@Repository
public class RecentChangesQuery {

    private final JdbcClient jdbc;

    RecentChangesQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public RecentChanges changesTo(Map<String, ? extends Collection<String>> records, Instant since,
            UUID exceptActor, int limit) {
        Map<String, Object> params = new HashMap<>();
        List<String> either = new ArrayList<>();
        AtomicInteger n = new AtomicInteger();
        records.forEach((type, ids) -> {
            if (!ids.isEmpty()) {
                int i = n.getAndIncrement();
                either.add("(record_type = :type" + i + " and record_id in (:ids" + i + "))");
                params.put("type" + i, type);
                params.put("ids" + i, List.copyOf(ids));
            }
        });
        if (either.isEmpty()) {
            return new RecentChanges(List.of(), 0);
        }
        params.put("since", Timestamp.from(since));
        params.put("limit", limit);
        params.put("except", exceptActor);
        int[] total = {0};
        List<RecentChanges.Change> latest = jdbc.sql("""
                select occurred_at, actor_name, record_type, record_id, summary, count(*) over () as total
                from audit_event
                where occurred_at > :since and action in ('CREATE', 'UPDATE', 'DELETE')
                  and (cast(:except as uuid) is null or actor_id is null or actor_id <> cast(:except as uuid))
                  and (""" + String.join(" or ", either) + """
                )
                order by occurred_at desc, seq desc
                limit :limit""")
                .params(params)
                .query((rs, row) -> {
                    total[0] = rs.getInt("total");
                    return new RecentChanges.Change(rs.getTimestamp("occurred_at").toInstant(),
                            rs.getString("actor_name"), rs.getString("record_type"), rs.getString("record_id"),
                            rs.getString("summary"));
                })
                .list();
        return new RecentChanges(latest, total[0]);
    }

    /** When the user signed in before their latest sign-in, if they have signed in twice. */
    public Optional<Instant> previousSignIn(UUID userId) {
        return jdbc.sql("""
                select occurred_at from audit_event where actor_id = ? and action = 'SIGN_IN'
                order by occurred_at desc offset 1 limit 1""")
                .param(userId).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }
}
