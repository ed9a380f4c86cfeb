package uk.saferhub.tasking.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.shared.access.HandlingLevel;

/** Priorities in SQL. A change is written only over the version it was read at. */
@Repository
public class PriorityStore {

    private final JdbcClient jdbc;

    PriorityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Priority> find(UUID id) {
        return jdbc.sql("select * from tasking_priority where id = ?").param(id).query(PriorityStore::priority)
                .optional();
    }

    /** The priorities of the given groups, by status then title. */
    public List<Priority> ofGroups(Collection<UUID> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from tasking_priority where group_body_id in (:groups)
                order by array_position(array['ACTIVE','MONITORING','AGREED','PROPOSED','CLOSED_ACHIEVED',
                         'CLOSED_NOT_ACHIEVED']::varchar[], status), lower(title)""")
                .param("groups", groups).query(PriorityStore::priority).list();
    }

    /** Whether a group has a priority of this title in the category that is not closed (a duplicate). */
    public boolean openTitled(UUID group, UUID category, String title, UUID except) {
        return jdbc.sql("""
                select count(*) from tasking_priority where group_body_id = ? and category_id = ?
                   and lower(title) = lower(?) and status not like 'CLOSED%' and id <> ?""")
                .params(group, category, title, except == null ? new UUID(0, 0) : except).query(Long.class)
                .single() > 0;
    }

    public void insert(Priority p) {
        jdbc.sql("""
                insert into tasking_priority (id, group_body_id, category_id, title, place_ids, location_text, latitude,
                    longitude, problem, evidence, owner_organisation_id, lead_person_id, partner_organisation_ids,
                    started_meeting_id, target_outcome, status, rag, rag_reason, outcome, handling_level, created_at,
                    updated_at, version)
                values (:id, :group, :category, :title, cast(:places as uuid[]), :locationText, :latitude, :longitude,
                    :problem, :evidence, :owner, :lead, cast(:partners as uuid[]), :started, :target, :status, :rag,
                    :ragReason, :outcome, :level, :createdAt, :updatedAt, 0)""")
                .params(parameters(p)).update();
    }

    /** Writes the priority over the version it was read at; false when someone changed it meanwhile. */
    public boolean update(Priority p) {
        return jdbc.sql("""
                update tasking_priority set category_id = :category, title = :title, place_ids = cast(:places as uuid[]),
                    location_text = :locationText, latitude = :latitude, longitude = :longitude, problem = :problem,
                    evidence = :evidence, owner_organisation_id = :owner, lead_person_id = :lead,
                    partner_organisation_ids = cast(:partners as uuid[]), started_meeting_id = :started,
                    target_outcome = :target, status = :status, rag = :rag, rag_reason = :ragReason,
                    outcome = :outcome, handling_level = :level, updated_at = :updatedAt, version = :version + 1
                 where id = :id and version = :version""")
                .params(parameters(p)).update() == 1;
    }

    private static Map<String, Object> parameters(Priority p) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", p.id());
        parameters.put("group", p.groupBodyId());
        parameters.put("category", p.categoryId());
        parameters.put("title", p.title());
        parameters.put("places", arrayText(p.placeIds()));
        parameters.put("locationText", p.locationText());
        parameters.put("latitude", p.latitude());
        parameters.put("longitude", p.longitude());
        parameters.put("problem", p.problem());
        parameters.put("evidence", p.evidence());
        parameters.put("owner", p.owningOrganisationId());
        parameters.put("lead", p.leadPersonId());
        parameters.put("partners", arrayText(p.partnerOrganisationIds()));
        parameters.put("started", p.startedMeetingId());
        parameters.put("target", p.targetOutcome());
        parameters.put("status", p.status().name());
        parameters.put("rag", p.rag() == null ? null : p.rag().name());
        parameters.put("ragReason", p.ragReason());
        parameters.put("outcome", p.outcome());
        parameters.put("level", p.handlingLevel().name());
        parameters.put("createdAt", Timestamp.from(p.createdAt()));
        parameters.put("updatedAt", Timestamp.from(p.updatedAt()));
        parameters.put("version", p.version());
        return parameters;
    }

    static String arrayText(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    static List<UUID> uuids(Array array) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        if (array != null) {
            for (Object id : (Object[]) array.getArray()) {
                ids.add((UUID) id);
            }
        }
        return ids;
    }

    static Priority priority(ResultSet rs, int row) throws SQLException {
        String rag = rs.getString("rag");
        return new Priority(rs.getObject("id", UUID.class), rs.getObject("group_body_id", UUID.class),
                rs.getObject("category_id", UUID.class), rs.getString("title"), uuids(rs.getArray("place_ids")),
                rs.getString("location_text"), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
                rs.getString("problem"), rs.getString("evidence"), rs.getObject("owner_organisation_id", UUID.class),
                rs.getObject("lead_person_id", UUID.class), uuids(rs.getArray("partner_organisation_ids")),
                rs.getObject("started_meeting_id", UUID.class), rs.getString("target_outcome"),
                PriorityStatus.valueOf(rs.getString("status")), rag == null ? null : Rag.valueOf(rag),
                rs.getString("rag_reason"), rs.getString("outcome"),
                HandlingLevel.valueOf(rs.getString("handling_level")), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
