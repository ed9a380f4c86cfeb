package uk.saferhub.partnership.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.ThemeInterest;
import uk.saferhub.partnership.Tier;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;

/** Bodies and the themes they work on, in SQL. */
@Repository
public class BodyStore {

    private static final String SELECT = "select * from partnership_body b";

    private final JdbcClient jdbc;

    BodyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Body> find(UUID id) {
        return jdbc.sql(SELECT + " where b.id = ?").param(id).query((rs, row) -> body(rs, row)).optional()
                .map(body -> withThemes(List.of(body)).getFirst());
    }

    public List<Body> all() {
        return withThemes(jdbc.sql(SELECT + " order by lower(b.name)").query((rs, row) -> body(rs, row)).list());
    }

    /** The bodies the actor may see, by the access policy's rule in SQL. */
    public List<Body> visibleTo(Actor actor) {
        var predicate = AccessPolicy.visibleRows(actor, "b.owning_organisation_id", "b.handling_level");
        return withThemes(jdbc.sql(SELECT + " where " + predicate.clause() + " order by lower(b.name)")
                .params(predicate.parameters()).query((rs, row) -> body(rs, row)).list());
    }

    public void insert(Body body, Instant now) {
        jdbc.sql("""
                insert into partnership_body (id, name, type, tier, area_covered, statutory, statutory_basis, purpose,
                    owning_organisation_id, handling_level, created_at, updated_at)
                values (:id, :name, :type, :tier, :area, :statutory, :basis, :purpose, :owner, :level, :now, :now)""")
                .params(parameters(body, now)).update();
        writeThemes(body);
    }

    public void update(Body body, Instant now) {
        jdbc.sql("""
                update partnership_body set name = :name, type = :type, tier = :tier, area_covered = :area,
                    statutory = :statutory, statutory_basis = :basis, purpose = :purpose,
                    owning_organisation_id = :owner, handling_level = :level, updated_at = :now where id = :id""")
                .params(parameters(body, now)).update();
        jdbc.sql("delete from partnership_body_theme where body_id = ?").param(body.id().value()).update();
        writeThemes(body);
    }

    private void writeThemes(Body body) {
        for (ThemeInterest theme : body.themes()) {
            jdbc.sql("insert into partnership_body_theme (body_id, theme, lead) values (?, ?, ?)")
                    .params(body.id().value(), theme.theme(), theme.lead()).update();
        }
    }

    private static Map<String, Object> parameters(Body body, Instant now) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", body.id().value());
        values.put("name", body.name());
        values.put("type", body.type().name());
        values.put("tier", body.tier().name());
        values.put("area", body.areaCovered());
        values.put("statutory", body.statutory());
        values.put("basis", body.statutoryBasis());
        values.put("purpose", body.purpose());
        values.put("owner", body.owningOrganisationId());
        values.put("level", body.handlingLevel().name());
        values.put("now", Timestamp.from(now));
        return values;
    }

    private List<Body> withThemes(List<Body> bodies) {
        if (bodies.isEmpty()) {
            return bodies;
        }
        Map<UUID, List<ThemeInterest>> themes = new HashMap<>();
        jdbc.sql("select body_id, theme, lead from partnership_body_theme where body_id in (:ids) order by theme")
                .param("ids", bodies.stream().map(body -> body.id().value()).toList())
                .query((rs, row) -> {
                    themes.computeIfAbsent(rs.getObject("body_id", UUID.class), id -> new ArrayList<>())
                            .add(new ThemeInterest(rs.getString("theme"), rs.getBoolean("lead")));
                    return null;
                }).list();
        return bodies.stream().map(body -> new Body(body.id(), body.name(), body.type(), body.tier(),
                body.areaCovered(), body.statutory(), body.statutoryBasis(), body.purpose(),
                body.owningOrganisationId(), body.handlingLevel(),
                themes.getOrDefault(body.id().value(), List.of()))).toList();
    }

    private Body body(ResultSet rs, int row) throws SQLException {
        return new Body(BodyId.of(rs.getObject("id", UUID.class)), rs.getString("name"),
                BodyType.valueOf(rs.getString("type")), Tier.valueOf(rs.getString("tier")),
                rs.getString("area_covered"), rs.getBoolean("statutory"), rs.getString("statutory_basis"),
                rs.getString("purpose"), rs.getObject("owning_organisation_id", UUID.class),
                HandlingLevel.valueOf(rs.getString("handling_level")), List.of());
    }
}
