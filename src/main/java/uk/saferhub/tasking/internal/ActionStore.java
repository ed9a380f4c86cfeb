package uk.saferhub.tasking.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Actions under priorities and each priority's state at each cycle, in SQL. */
@Repository
public class ActionStore {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ActionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PriorityAction> find(UUID id) {
        return jdbc.sql("select * from tasking_action where id = ?").param(id).query(ActionStore::action).optional();
    }

    public List<PriorityAction> ofPriority(UUID priority) {
        return jdbc.sql("""
                select * from tasking_action where priority_id = ?
                order by status in ('DONE', 'NOT_DONE'), due_date nulls last, created_at""")
                .param(priority).query(ActionStore::action).list();
    }

    public void insert(PriorityAction a) {
        jdbc.sql("""
                insert into tasking_action (id, priority_id, description, owner_organisation_id, owner_person_id,
                    owner_team, kind, due_date, by_next_cycle, status, outcome, created_at, updated_at, version,
                    figures)
                values (:id, :priority, :description, :owner, :person, :team, :kind, :due, :byNextCycle, :status,
                    :outcome, :createdAt, :updatedAt, 0, cast(:figures as jsonb))""").params(parameters(a)).update();
    }

    /** Writes the action over the version it was read at; false when someone changed it meanwhile. */
    public boolean update(PriorityAction a) {
        return jdbc.sql("""
                update tasking_action set description = :description, owner_organisation_id = :owner,
                    owner_person_id = :person, owner_team = :team, kind = :kind, due_date = :due,
                    by_next_cycle = :byNextCycle, status = :status, outcome = :outcome, updated_at = :updatedAt,
                    figures = cast(:figures as jsonb), version = :version + 1
                 where id = :id and version = :version""").params(parameters(a)).update() == 1;
    }

    /** Records (or replaces) a priority's state at one meeting; the meeting's start is kept for ordering. */
    public void recordCycle(CycleState state) {
        jdbc.sql("""
                insert into tasking_cycle_state (priority_id, meeting_id, status, rag, rag_reason, progress_note,
                    recorded_at)
                values (:priority, :meeting, :status, :rag, :reason, :note, :at)
                on conflict (priority_id, meeting_id) do update set status = excluded.status, rag = excluded.rag,
                    rag_reason = excluded.rag_reason, progress_note = excluded.progress_note,
                    recorded_at = excluded.recorded_at""")
                .param("priority", state.priorityId()).param("meeting", state.meetingId())
                .param("status", state.status().name()).param("rag", state.rag() == null ? null : state.rag().name())
                .param("reason", state.ragReason()).param("note", state.progressNote())
                .param("at", Timestamp.from(state.recordedAt())).update();
    }

    /** A priority's recorded states without the meetings' starts (the caller adds them), in the order recorded. */
    public List<CycleState> cyclesOf(UUID priority) {
        return jdbc.sql("select * from tasking_cycle_state where priority_id = ? order by recorded_at")
                .param(priority).query((rs, row) -> {
                    String rag = rs.getString("rag");
                    return new CycleState(rs.getObject("priority_id", UUID.class),
                            rs.getObject("meeting_id", UUID.class), null,
                            PriorityStatus.valueOf(rs.getString("status")), rag == null ? null : Rag.valueOf(rag),
                            rs.getString("rag_reason"), rs.getString("progress_note"),
                            rs.getTimestamp("recorded_at").toInstant(), decision(rs.getString("decision")),
                            rs.getObject("escalated_to_body_id", UUID.class));
                }).list();
    }

    /** The recorded states of many priorities at once (the matrix), each without its meeting's start. */
    public List<CycleState> cyclesOfAll(java.util.Collection<UUID> priorities) {
        if (priorities.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from tasking_cycle_state where priority_id = any (?)")
                .param(priorities.toArray(UUID[]::new)).query((rs, row) -> {
                    String rag = rs.getString("rag");
                    return new CycleState(rs.getObject("priority_id", UUID.class),
                            rs.getObject("meeting_id", UUID.class), null,
                            PriorityStatus.valueOf(rs.getString("status")), rag == null ? null : Rag.valueOf(rag),
                            rs.getString("rag_reason"), rs.getString("progress_note"),
                            rs.getTimestamp("recorded_at").toInstant(), decision(rs.getString("decision")),
                            rs.getObject("escalated_to_body_id", UUID.class));
                }).list();
    }

    /** How many actions of each priority are not yet done (open or in progress). */
    public Map<UUID, Integer> openActionCounts(java.util.Collection<UUID> priorities) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (!priorities.isEmpty()) {
            jdbc.sql("""
                    select priority_id, count(*) from tasking_action
                     where priority_id = any (?) and status in ('OPEN', 'IN_PROGRESS') group by priority_id""")
                    .param(priorities.toArray(UUID[]::new))
                    .query((rs, row) -> counts.put(rs.getObject(1, UUID.class), rs.getInt(2))).list();
        }
        return counts;
    }

    private static Map<String, Object> parameters(PriorityAction a) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", a.id());
        parameters.put("priority", a.priorityId());
        parameters.put("description", a.description());
        parameters.put("owner", a.ownerOrganisationId());
        parameters.put("person", a.ownerPersonId());
        parameters.put("team", a.ownerTeam());
        parameters.put("kind", a.kind().name());
        parameters.put("due", a.dueDate() == null ? null : Date.valueOf(a.dueDate()));
        parameters.put("byNextCycle", a.byNextCycle());
        parameters.put("status", a.status().name());
        parameters.put("outcome", a.outcome());
        parameters.put("createdAt", Timestamp.from(a.createdAt()));
        parameters.put("updatedAt", Timestamp.from(a.updatedAt()));
        parameters.put("version", a.version());
        parameters.put("figures", figuresJson(a.figures()));
        return parameters;
    }

    static PriorityAction action(ResultSet rs, int row) throws SQLException {
        Date due = rs.getDate("due_date");
        return new PriorityAction(rs.getObject("id", UUID.class), rs.getObject("priority_id", UUID.class),
                rs.getString("description"), rs.getObject("owner_organisation_id", UUID.class),
                rs.getObject("owner_person_id", UUID.class), rs.getString("owner_team"),
                ActionKind.valueOf(rs.getString("kind")), due == null ? null : due.toLocalDate(),
                rs.getBoolean("by_next_cycle"), ActionStatus.valueOf(rs.getString("status")),
                rs.getString("outcome"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"), figures(rs.getString("figures")));
    }

    /** The figures as a JSON object of measure names and counts. */
    static String figuresJson(Map<OutcomeMeasure, Integer> figures) {
        return JSON.writeValueAsString(figures);
    }

    /** The figures read back; a measure SaferHub no longer knows is left out. */
    static Map<OutcomeMeasure, Integer> figures(String json) {
        Map<OutcomeMeasure, Integer> figures = new java.util.EnumMap<>(OutcomeMeasure.class);
        if (json != null) {
            JSON.readTree(json).properties().forEach(entry -> java.util.Arrays.stream(OutcomeMeasure.values())
                    .filter(measure -> measure.name().equals(entry.getKey()))
                    .forEach(measure -> figures.put(measure, entry.getValue().asInt())));
        }
        return figures;
    }

    static ZoneId london() {
        return LONDON;
    }

    private static ReviewDecision decision(String decision) {
        return decision == null ? null : ReviewDecision.valueOf(decision);
    }
}
