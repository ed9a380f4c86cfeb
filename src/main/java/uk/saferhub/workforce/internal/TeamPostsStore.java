package uk.saferhub.workforce.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The establishment of PCSO posts per neighbourhood policing team, in SQL. */
@Repository
public class TeamPostsStore {

    private final JdbcClient jdbc;

    TeamPostsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<UUID, Integer> establishments() {
        Map<UUID, Integer> posts = new HashMap<>();
        jdbc.sql("select team_id, establishment from workforce_team_posts")
                .query((rs, row) -> posts.put(rs.getObject(1, UUID.class), rs.getInt(2))).list();
        return posts;
    }

    public Optional<Integer> establishment(UUID teamId) {
        return jdbc.sql("select establishment from workforce_team_posts where team_id = ?").param(teamId)
                .query(Integer.class).optional();
    }

    public void save(UUID teamId, int establishment, Instant now) {
        jdbc.sql("""
                insert into workforce_team_posts (team_id, establishment, updated_at) values (?, ?, ?)
                on conflict (team_id) do update set establishment = excluded.establishment,
                    updated_at = excluded.updated_at""")
                .params(teamId, establishment, Timestamp.from(now)).update();
    }
}
