package uk.saferhub.plans.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.partnership.BodyId;
import uk.saferhub.plans.Objective;
import uk.saferhub.plans.PanelTiming;
import uk.saferhub.plans.Plan;
import uk.saferhub.plans.PlanVersion;
import uk.saferhub.plans.Recommendation;
import uk.saferhub.plans.ResponseKind;
import uk.saferhub.plans.Variation;
import uk.saferhub.plans.VariationKind;
import uk.saferhub.plans.VariationStatus;

/**
 * Plans with their issued versions, drafts with their recommendations, and each Panel's timing. A version's and a
 * draft's objectives are kept whole as JSON; the people who may read a draft are added by the service, not stored.
 */
@Repository
public class PlanStore {

    private static final TypeReference<List<Objective>> OBJECTIVES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlanStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<Plan> plans() {
        List<PlanRow> rows = jdbc.sql("select p.*, exists (select 1 from plans_variation v where v.plan_id = p.id"
                + " and v.kind = 'NEW_PLAN' and v.sent_on is not null) as draft_sent from plans_plan p"
                + " order by p.election_year desc, p.title").query((rs, n) -> planRow(rs, n)).list();
        Map<UUID, List<PlanVersion>> versions = versionsOf(rows.stream().map(PlanRow::id).toList());
        return rows.stream().map(row -> row.plan(versions.getOrDefault(row.id(), List.of()))).toList();
    }

    public Optional<Plan> plan(UUID id) {
        return plans().stream().filter(plan -> plan.id().equals(id)).findFirst();
    }

    public Optional<UUID> planByTitle(String title, String term) {
        return jdbc.sql("select id from plans_plan where title = ? and term = ?").param(title).param(term)
                .query(UUID.class).optional();
    }

    public void insert(Plan plan) {
        jdbc.sql("""
                insert into plans_plan (id, title, term, commissioner, pcc_office_id, force_id, panel_body_id,
                    election_year)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(plan.id(), plan.title(), plan.term(), plan.commissioner(), plan.pccOfficeId(),
                        plan.forceId(), plan.panelId().value(), plan.electionYear())
                .update();
    }

    public void insert(PlanVersion version) {
        jdbc.sql("""
                insert into plans_plan_version (plan_id, number, issued_on, variation_id, summary, objectives)
                values (?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(version.planId(), version.number(), version.issuedOn(), version.variationId(),
                        version.summary(), json.writeValueAsString(version.objectives()))
                .update();
    }

    private Map<UUID, List<PlanVersion>> versionsOf(Collection<UUID> plans) {
        Map<UUID, List<PlanVersion>> versions = new HashMap<>();
        if (plans.isEmpty()) {
            return versions;
        }
        jdbc.sql("select * from plans_plan_version where plan_id in (:plans) order by plan_id, number")
                .param("plans", plans)
                .query((rs, n) -> new PlanVersion(rs.getObject("plan_id", UUID.class), rs.getInt("number"),
                        rs.getObject("issued_on", LocalDate.class), rs.getObject("variation_id", UUID.class),
                        rs.getString("summary"), objectives(rs.getString("objectives"))))
                .list().forEach(v -> versions.computeIfAbsent(v.planId(), k -> new ArrayList<>()).add(v));
        return versions;
    }

    public List<Variation> variations() {
        return withRecommendations(jdbc.sql(VARIATIONS + " order by v.created_at desc").query((rs, n) -> variation(rs, n))
                .list());
    }

    public List<Variation> variationsOf(UUID planId) {
        return withRecommendations(jdbc.sql(VARIATIONS + " where v.plan_id = ? order by v.created_at desc")
                .param(planId).query((rs, n) -> variation(rs, n)).list());
    }

    public Optional<Variation> variation(UUID id) {
        return withRecommendations(jdbc.sql(VARIATIONS + " where v.id = ?").param(id).query((rs, n) -> variation(rs, n)).list())
                .stream().findFirst();
    }

    public Optional<UUID> variationByTitle(UUID planId, String title) {
        return jdbc.sql("select id from plans_variation where plan_id = ? and title = ?").param(planId).param(title)
                .query(UUID.class).optional();
    }

    public void insert(Variation draft, String createdBy) {
        jdbc.sql("""
                insert into plans_variation (id, plan_id, kind, title, reason, objectives, status, created_by)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(draft.id(), draft.planId(), draft.kind().name(), draft.title(), draft.reason(),
                        json.writeValueAsString(draft.objectives()), draft.status().name(), createdBy)
                .update();
    }

    /**
     * Sets the named columns of the draft read at {@code version} (names from the module's code, never from input),
     * and counts the change; refuses a draft changed meanwhile.
     */
    public void set(UUID id, int version, Map<String, Object> columns) {
        StringBuilder sql = new StringBuilder("update plans_variation set ");
        var statement = new HashMap<String, Object>();
        columns.forEach((column, value) -> {
            if (!column.matches("[a-z_]+")) {
                throw new IllegalArgumentException("Not a column: " + column);
            }
            sql.append(column).append(column.equals("objectives") ? " = cast(:" + column + " as jsonb), "
                    : " = :" + column + ", ");
            Object written = value instanceof LocalDate day ? date(day)
                    : value instanceof Enum<?> constant ? constant.name()
                    : column.equals("objectives") ? json.writeValueAsString(value) : value;
            statement.put(column, written);
        });
        sql.append("version = version + 1 where id = :id and version = :version");
        statement.put("id", id);
        statement.put("version", version);
        var query = jdbc.sql(sql.toString());
        for (var entry : statement.entrySet()) {
            query = query.param(entry.getKey(), entry.getValue());
        }
        if (query.update() == 0) {
            throw new OptimisticLockingFailureException("The draft " + id + " changed meanwhile");
        }
    }

    /** The Panel's recommendations on the draft, in place of any recorded before. */
    public void replaceRecommendations(UUID draftId, List<String> texts) {
        jdbc.sql("delete from plans_recommendation where variation_id = ?").param(draftId).update();
        int number = 1;
        for (String text : texts) {
            jdbc.sql("insert into plans_recommendation (id, variation_id, number, text) values (?, ?, ?, ?)")
                    .params(UUID.randomUUID(), draftId, number++, text).update();
        }
    }

    /** The Commissioner's response to one recommendation. */
    public void answer(UUID recommendationId, ResponseKind response, String reasons) {
        jdbc.sql("update plans_recommendation set response = ?, reasons = ? where id = ?")
                .params(response.name(), reasons, recommendationId).update();
    }

    public PanelTiming timing(BodyId panel) {
        return jdbc.sql("select * from plans_panel_timing where panel_body_id = ?").param(panel.value())
                .query((rs, n) -> new PanelTiming(panel, (Integer) rs.getObject("review_days"),
                        (Integer) rs.getObject("response_days"), rs.getInt("reminder_days"), rs.getString("note")))
                .optional().orElse(PanelTiming.none(panel));
    }

    public void save(PanelTiming timing) {
        jdbc.sql("""
                insert into plans_panel_timing (panel_body_id, review_days, response_days, reminder_days, note)
                values (?, ?, ?, ?, ?)
                on conflict (panel_body_id) do update set review_days = excluded.review_days,
                    response_days = excluded.response_days, reminder_days = excluded.reminder_days,
                    note = excluded.note, updated_at = now()""")
                .params(timing.panelId().value(), timing.reviewDays(), timing.responseDays(), timing.reminderDays(),
                        timing.note())
                .update();
    }

    private List<Variation> withRecommendations(List<Variation> drafts) {
        if (drafts.isEmpty()) {
            return drafts;
        }
        Map<UUID, List<Recommendation>> recommendations = new HashMap<>();
        jdbc.sql("select * from plans_recommendation where variation_id in (:ids) order by variation_id, number")
                .param("ids", drafts.stream().map(Variation::id).toList())
                .query((rs, n) -> Map.entry(rs.getObject("variation_id", UUID.class),
                        new Recommendation(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getString("text"),
                                rs.getString("response") == null ? null
                                        : ResponseKind.valueOf(rs.getString("response")),
                                rs.getString("reasons"))))
                .list().forEach(e -> recommendations.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return drafts.stream().map(d -> d.recommendations().isEmpty() && recommendations.containsKey(d.id())
                ? withRecommendations(d, recommendations.get(d.id())) : d).toList();
    }

    private static Variation withRecommendations(Variation d, List<Recommendation> recommendations) {
        return new Variation(d.id(), d.planId(), d.planTitle(), d.pccOfficeId(), d.forceId(), d.panelId(), d.kind(),
                d.title(), d.reason(), d.objectives(), d.status(), d.consultedOn(), d.consultationResponse(),
                d.boardName(), d.boardOn(), d.boardNote(), d.sentOn(), d.reviewMeetingId(), d.reviewItemNumber(),
                d.reportedOn(), d.panelReport(), d.noReport(), d.respondedOn(), d.response(), d.publishedOn(),
                d.publishedAt(), d.issuedOn(), d.issuedVersion(), recommendations, Set.of(), d.version());
    }

    private static final String VARIATIONS = """
            select v.*, p.title as plan_title, p.pcc_office_id, p.force_id, p.panel_body_id
            from plans_variation v join plans_plan p on p.id = v.plan_id""";

    private Variation variation(ResultSet rs, int row) throws SQLException {
        return new Variation(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getString("plan_title"), rs.getObject("pcc_office_id", UUID.class),
                rs.getObject("force_id", UUID.class), BodyId.of(rs.getObject("panel_body_id", UUID.class)),
                VariationKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("reason"),
                objectives(rs.getString("objectives")), VariationStatus.valueOf(rs.getString("status")),
                rs.getObject("consulted_on", LocalDate.class), rs.getString("consultation_response"),
                rs.getString("board_name"), rs.getObject("board_on", LocalDate.class), rs.getString("board_note"),
                rs.getObject("sent_on", LocalDate.class), rs.getObject("review_meeting_id", UUID.class),
                (Integer) rs.getObject("review_item_number"), rs.getObject("reported_on", LocalDate.class),
                rs.getString("panel_report"), rs.getBoolean("no_report"),
                rs.getObject("responded_on", LocalDate.class), rs.getString("response"),
                rs.getObject("published_on", LocalDate.class), rs.getString("published_at"),
                rs.getObject("issued_on", LocalDate.class), (Integer) rs.getObject("issued_version"), List.of(),
                Set.of(), rs.getInt("version"));
    }

    private List<Objective> objectives(String text) {
        return json.readValue(text, OBJECTIVES);
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private PlanRow planRow(ResultSet rs, int row) throws SQLException {
        return new PlanRow(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("term"),
                rs.getString("commissioner"), rs.getObject("pcc_office_id", UUID.class),
                rs.getObject("force_id", UUID.class), BodyId.of(rs.getObject("panel_body_id", UUID.class)),
                rs.getInt("election_year"), rs.getBoolean("draft_sent"));
    }

    private record PlanRow(UUID id, String title, String term, String commissioner, UUID pccOffice, UUID force,
            BodyId panel, int electionYear, boolean draftSent) {

        Plan plan(List<PlanVersion> versions) {
            return new Plan(id, title, term, commissioner, pccOffice, force, panel, electionYear, versions, Set.of(),
                    draftSent);
        }
    }
}
