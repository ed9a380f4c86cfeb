package uk.saferhub.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;

/**
 * Observations and intelligence in SQL. Lists apply the access rule in SQL ({@link AccessPolicy#visibleRows}), so a
 * council reader's query never returns a row of intelligence; what the analysis counts is quality-of-life only.
 */
@Repository
public class ObservationStore {

    private static final String COLUMNS = """
            select id, kind, handling_level, owning_organisation_id, recorded_by, recorded_by_name, category_id,
                   category_name, ward_id, location, latitude, longitude, description, observed_at, priority_id,
                   source_evaluation, intelligence_assessment, handling_code, handling_conditions, recorded_at, version
              from intake_observation o""";

    private final JdbcClient jdbc;

    ObservationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Observation observation) {
        Grading grading = observation.grading();
        jdbc.sql("""
                insert into intake_observation (id, kind, handling_level, owning_organisation_id, recorded_by,
                    recorded_by_name, category_id, category_name, ward_id, location, latitude, longitude, description,
                    observed_at, priority_id, source_evaluation, intelligence_assessment, handling_code,
                    handling_conditions, recorded_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(observation.id(), observation.kind().name(), observation.handlingLevel().name(),
                        observation.owningOrganisationId(), observation.recordedBy(), observation.recordedByName(),
                        observation.categoryId(), observation.categoryName(), observation.wardId(),
                        observation.location(), observation.latitude(), observation.longitude(),
                        observation.description(), Timestamp.from(observation.observedAt()),
                        observation.priorityId(),
                        grading == null ? null : grading.sourceEvaluation(),
                        grading == null ? null : grading.intelligenceAssessment(),
                        grading == null ? null : grading.handlingCode(),
                        grading == null ? null : grading.handlingConditions(),
                        Timestamp.from(observation.recordedAt()))
                .update();
    }

    public Optional<Observation> find(UUID id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(ObservationStore::observation).optional();
    }

    /** Links the observation read at the version given to a priority (or none); false when it changed since. */
    public boolean link(UUID id, int version, UUID priorityId) {
        return jdbc.sql("""
                update intake_observation set priority_id = ?, version = version + 1
                 where id = ? and version = ?""").params(priorityId, id, version).update() == 1;
    }

    /**
     * The newest observations the actor may see, of a kind when one is given (null for both), observed from
     * {@code from} on, at most {@code limit} of them.
     */
    public List<Observation> visibleTo(Actor actor, ObservationKind kind, Instant from, int limit) {
        AccessPolicy.SqlPredicate visible = AccessPolicy.visibleRows(actor, "o.owning_organisation_id",
                "o.handling_level");
        Map<String, Object> parameters = new HashMap<>(visible.parameters());
        StringBuilder sql = new StringBuilder(COLUMNS).append(" where ").append(visible.clause());
        if (kind != null) {
            sql.append(" and o.kind = :kind");
            parameters.put("kind", kind.name());
        }
        if (from != null) {
            sql.append(" and o.observed_at >= :from");
            parameters.put("from", Timestamp.from(from));
        }
        sql.append(" order by o.observed_at desc, o.id limit :limit");
        parameters.put("limit", limit);
        return jdbc.sql(sql.toString()).params(parameters).query(ObservationStore::observation).list();
    }

    /** The observations linked to a priority that the actor may see, oldest first. */
    public List<Observation> linkedTo(Actor actor, UUID priorityId) {
        AccessPolicy.SqlPredicate visible = AccessPolicy.visibleRows(actor, "o.owning_organisation_id",
                "o.handling_level");
        Map<String, Object> parameters = new HashMap<>(visible.parameters());
        parameters.put("priority", priorityId);
        return jdbc.sql(COLUMNS + " where o.priority_id = :priority and " + visible.clause()
                + " order by o.observed_at, o.id").params(parameters).query(ObservationStore::observation).list();
    }

    /** Quality-of-life observations placed in any of the wards, observed in [from, to): never intelligence. */
    public List<Observation> qualityOfLifeIn(Collection<UUID> wardIds, Instant from, Instant to) {
        if (wardIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where o.kind = 'QUALITY_OF_LIFE' and o.ward_id = any(?)"
                + " and o.observed_at >= ? and o.observed_at < ? order by o.observed_at, o.id")
                .params(wardIds.toArray(UUID[]::new), Timestamp.from(from), Timestamp.from(to))
                .query(ObservationStore::observation).list();
    }

    /** The quality-of-life observations of these ids: never intelligence. */
    public List<Observation> qualityOfLife(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where o.kind = 'QUALITY_OF_LIFE' and o.id = any(?) order by o.observed_at, o.id")
                .param(ids.toArray(UUID[]::new)).query(ObservationStore::observation).list();
    }

    public boolean any() {
        return jdbc.sql("select exists (select 1 from intake_observation)").query(Boolean.class).single();
    }

    private static Observation observation(ResultSet rs, int row) throws SQLException {
        String evaluation = rs.getString("source_evaluation");
        Grading grading = evaluation == null ? null : new Grading(evaluation, rs.getString("intelligence_assessment"),
                rs.getString("handling_code"), rs.getString("handling_conditions"));
        return new Observation(rs.getObject("id", UUID.class), ObservationKind.valueOf(rs.getString("kind")),
                HandlingLevel.valueOf(rs.getString("handling_level")), rs.getObject("owning_organisation_id", UUID.class),
                rs.getObject("recorded_by", UUID.class), rs.getString("recorded_by_name"),
                rs.getObject("category_id", UUID.class), rs.getString("category_name"),
                rs.getObject("ward_id", UUID.class), rs.getString("location"), (Double) rs.getObject("latitude"),
                (Double) rs.getObject("longitude"), rs.getString("description"),
                rs.getTimestamp("observed_at").toInstant(), rs.getObject("priority_id", UUID.class), grading,
                rs.getTimestamp("recorded_at").toInstant(), rs.getInt("version"));
    }
}
