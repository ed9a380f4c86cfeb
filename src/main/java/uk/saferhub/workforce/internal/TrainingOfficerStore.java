package uk.saferhub.workforce.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;

/**
 * Training's own reading of the workforce tables: PCSOs by force, by scheme and by the wards they are attached to on a
 * day, and the schemes a reader may choose from. Only reads; the workforce core writes these tables.
 */
@Repository
public class TrainingOfficerStore {

    private static final String COLUMNS = "p.id, p.name, p.collar_number, p.force_id, p.person_id, p.status";

    private final JdbcClient jdbc;

    TrainingOfficerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TrainingOfficer> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from workforce_pcso p where p.id = ?").param(id)
                .query(TrainingOfficerStore::officer).optional();
    }

    public List<TrainingOfficer> find(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from workforce_pcso p where p.id in (:ids) order by lower(p.name)")
                .param("ids", ids).query(TrainingOfficerStore::officer).list();
    }

    /** The PCSOs of these forces, by name. */
    public List<TrainingOfficer> ofForces(Collection<UUID> forces) {
        if (forces.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from workforce_pcso p where p.force_id in (:forces)"
                        + " order by lower(p.name), p.collar_number")
                .param("forces", forces).query(TrainingOfficerStore::officer).list();
    }

    public List<TrainingOfficer> ofScheme(UUID scheme) {
        return jdbc.sql("select " + COLUMNS + " from workforce_pcso p where p.scheme_id = ?"
                        + " order by lower(p.name), p.collar_number")
                .param(scheme).query(TrainingOfficerStore::officer).list();
    }

    /** The PCSOs attached (designated or as cover) to any of these wards on the day. */
    public List<TrainingOfficer> attachedTo(Collection<UUID> wards, LocalDate day) {
        if (wards.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from workforce_pcso p where exists ("
                        + " select 1 from workforce_attachment a where a.pcso_id = p.id and a.ward_id in (:wards)"
                        + " and a.from_date <= :day and (a.to_date is null or a.to_date >= :day))"
                        + " order by lower(p.name), p.collar_number")
                .param("wards", wards).param("day", Date.valueOf(day)).query(TrainingOfficerStore::officer).list();
    }

    /** The funding schemes the actor may see, id to name, by name. */
    public Map<UUID, String> schemesVisibleTo(Actor actor) {
        AccessPolicy.SqlPredicate visible = AccessPolicy.visibleRows(actor, "funder_id", "handling_level");
        Map<UUID, String> schemes = new LinkedHashMap<>();
        jdbc.sql("select id, name from workforce_scheme where " + visible.clause() + " order by lower(name)")
                .params(visible.parameters())
                .query((rs, row) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name"))).list()
                .forEach(entry -> schemes.put(entry.getKey(), entry.getValue()));
        return schemes;
    }

    static TrainingOfficer officer(ResultSet rs, int row) throws SQLException {
        return new TrainingOfficer(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("collar_number"),
                rs.getObject("force_id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("status"));
    }
}
