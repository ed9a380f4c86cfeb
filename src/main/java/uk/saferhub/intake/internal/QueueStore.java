package uk.saferhub.intake.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The intake queue's reads: reports routed to an organisation, with their reporters, in SQL. */
@Repository
public class QueueStore {

    private final JdbcClient jdbc;
    private final RequestStore requests;

    QueueStore(JdbcClient jdbc, RequestStore requests) {
        this.jdbc = jdbc;
        this.requests = requests;
    }

    /** The organisation's reports, open ones first, newest first, at most 200. */
    public List<QueueRow> routedTo(UUID organisation) {
        List<Long> ids = jdbc.sql("""
                select id from intake_request where routed_organisation_id = ?
                 order by status = 'closed', requested_at desc, id desc limit 200""")
                .param(organisation).query(Long.class).list();
        return ids.stream().map(id -> new QueueRow(requests.find(id).orElseThrow(), null, reporter(id))).toList();
    }

    public Optional<UUID> routedOrganisation(long id) {
        return jdbc.sql("select routed_organisation_id from intake_request where id = ?").param(id)
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, UUID.class))).optional()
                .flatMap(found -> found);
    }

    /** Who the report is assigned to, if anyone. */
    public Optional<UUID> assigned(long id) {
        return jdbc.sql("select assigned_person_id from intake_request where id = ?").param(id)
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, UUID.class))).optional()
                .flatMap(found -> found);
    }

    public void assign(long id, UUID person) {
        jdbc.sql("update intake_request set assigned_person_id = ? where id = ?").params(person, id).update();
    }

    /** Links the report to a tasking priority (the report stays on the queue, still open). */
    public void link(long id, UUID priority) {
        jdbc.sql("update intake_request set priority_id = ? where id = ?").params(priority, id).update();
    }

    /** The reports linked to a priority, oldest first. */
    public java.util.List<Long> linkedTo(UUID priority) {
        return jdbc.sql("select id from intake_request where priority_id = ? order by requested_at, id")
                .param(priority).query(Long.class).list();
    }

    /** Hands the report to another organisation: it leaves this queue, unassigned. */
    public void refer(long id, UUID organisation) {
        jdbc.sql("update intake_request set routed_organisation_id = ?, assigned_person_id = null where id = ?")
                .params(organisation, id).update();
    }

    private Reporter reporter(long id) {
        return jdbc.sql("""
                select email, device_id, account_id, first_name, last_name, phone from intake_reporter
                 where request_id = ?""")
                .param(id).query((rs, row) -> new Reporter(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .optional().orElse(new Reporter(null, null, null, null, null, null));
    }
}
