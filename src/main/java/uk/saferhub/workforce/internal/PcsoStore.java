package uk.saferhub.workforce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;

/** PCSOs in SQL. */
@Repository
public class PcsoStore {

    /**
     * A PCSO has no handling level of its own: every PCSO is a PARTNERSHIP record of its force, so the access
     * policy's predicate is given that level as a constant.
     */
    public static final String PCSO_HANDLING = "'PARTNERSHIP'";

    private static final String SELECT = "select * from workforce_pcso p";

    private final JdbcClient jdbc;

    PcsoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Pcso> find(UUID id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(PcsoStore::pcso).optional();
    }

    /** The PCSOs matching the filter that the actor may see (a null actor: every PCSO), by name. */
    public List<Pcso> matching(Actor actor, PcsoFilter filter, boolean everyone) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where true");
        if (!everyone) {
            var predicate = AccessPolicy.visibleRows(actor, "p.force_id", PCSO_HANDLING);
            where.append(" and ").append(predicate.clause());
            params.putAll(predicate.parameters());
        }
        if (filter.teamId() != null) {
            where.append(" and p.team_id = :team");
            params.put("team", filter.teamId());
        }
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.schemeId() != null) {
            where.append(" and p.scheme_id = :scheme");
            params.put("scheme", filter.schemeId());
        }
        return jdbc.sql(SELECT + where + " order by lower(p.name), p.collar_number").params(params)
                .query(PcsoStore::pcso).list();
    }

    public Optional<Pcso> withCollar(UUID forceId, String collarNumber) {
        return jdbc.sql(SELECT + " where p.force_id = ? and lower(p.collar_number) = lower(?)")
                .params(forceId, collarNumber).query(PcsoStore::pcso).optional();
    }

    public Optional<Pcso> forPerson(UUID personId) {
        return jdbc.sql(SELECT + " where p.person_id = ? limit 1").param(personId).query(PcsoStore::pcso).optional();
    }

    /** Active PCSOs per team. */
    public Map<UUID, Integer> activeByTeam() {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("select team_id, count(*) from workforce_pcso where status = 'ACTIVE' and team_id is not null "
                + "group by team_id").query((rs, row) -> counts.put(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list();
        return counts;
    }

    public void insert(Pcso pcso, Instant now) {
        jdbc.sql("""
                insert into workforce_pcso (id, name, collar_number, force_id, team_id, supervisor_person_id,
                    person_id, scheme_id, start_date, status, created_at, updated_at)
                values (:id, :name, :collar, :force, :team, :supervisor, :person, :scheme, :start, :status,
                    :now, :now)""")
                .params(parameters(pcso, now)).update();
    }

    public void update(Pcso pcso, Instant now) {
        jdbc.sql("""
                update workforce_pcso set name = :name, collar_number = :collar, force_id = :force, team_id = :team,
                    supervisor_person_id = :supervisor, person_id = :person, scheme_id = :scheme,
                    start_date = :start, status = :status, updated_at = :now
                 where id = :id""")
                .params(parameters(pcso, now)).update();
    }

    private static Map<String, Object> parameters(Pcso pcso, Instant now) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", pcso.id());
        values.put("name", pcso.name());
        values.put("collar", pcso.collarNumber());
        values.put("force", pcso.forceId());
        values.put("team", pcso.teamId());
        values.put("supervisor", pcso.supervisorId());
        values.put("person", pcso.personId());
        values.put("scheme", pcso.schemeId());
        values.put("start", pcso.startDate());
        values.put("status", pcso.status().name());
        values.put("now", Timestamp.from(now));
        return values;
    }

    static Pcso pcso(ResultSet rs, int row) throws SQLException {
        return new Pcso(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("collar_number"),
                rs.getObject("force_id", UUID.class), rs.getObject("team_id", UUID.class),
                rs.getObject("supervisor_person_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("scheme_id", UUID.class), rs.getObject("start_date", LocalDate.class),
                PcsoStatus.valueOf(rs.getString("status")));
    }
}
