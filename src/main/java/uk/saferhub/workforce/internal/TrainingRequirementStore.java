package uk.saferhub.workforce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;


/** Training requirements in SQL, with the name of the scheme each names (area names come from geography). */
@Repository
public class TrainingRequirementStore {

    private static final String SELECT = """
            select r.*, s.name as scheme_name from workforce_training_requirement r
              left join workforce_scheme s on s.id = r.scheme_id""";

    private final JdbcClient jdbc;

    TrainingRequirementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TrainingRequirement> find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(TrainingRequirementStore::requirement).optional();
    }

    public List<TrainingRequirement> ownedBy(Collection<UUID> owners) {
        if (owners.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where r.owner_id in (:owners) order by lower(r.topic), lower(r.required_by)")
                .param("owners", owners).query(TrainingRequirementStore::requirement).list();
    }

    public void insert(UUID id, TrainingRequirementDetails details, UUID owner, Instant now) {
        jdbc.sql("""
                insert into workforce_training_requirement (id, topic, required_by, area_id, scheme_id, owner_id,
                    created_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, details.topic(), details.requiredBy(), details.areaId(), details.schemeId(), owner,
                        Timestamp.from(now))
                .update();
    }

    public void delete(UUID id) {
        jdbc.sql("delete from workforce_training_requirement where id = ?").param(id).update();
    }

    static TrainingRequirement requirement(ResultSet rs, int row) throws SQLException {
        return new TrainingRequirement(rs.getObject("id", UUID.class), rs.getString("topic"),
                rs.getString("required_by"), rs.getObject("area_id", UUID.class), null,
                rs.getObject("scheme_id", UUID.class), rs.getString("scheme_name"),
                rs.getObject("owner_id", UUID.class));
    }
}
