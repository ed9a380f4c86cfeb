package uk.saferhub.tasking.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reports and observations a priority was proposed on, by source and id, in SQL. */
@Repository
public class EvidenceStore {

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void link(UUID priorityId, String source, String itemId) {
        jdbc.sql("""
                insert into tasking_priority_evidence (priority_id, source, item_id) values (?, ?, ?)
                on conflict do nothing""").params(priorityId, source, itemId).update();
    }

    public List<Link> of(UUID priorityId) {
        return jdbc.sql("select source, item_id from tasking_priority_evidence where priority_id = ? order by source, "
                + "item_id").param(priorityId).query((rs, row) -> new Link(rs.getString(1), rs.getString(2))).list();
    }

    /** One linked item. */
    public record Link(String source, String itemId) {
    }
}
