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
import uk.saferhub.shared.access.HandlingLevel;

/** Funding schemes in SQL. */
@Repository
public class SchemeStore {

    private static final String SELECT = "select * from workforce_scheme s";

    private final JdbcClient jdbc;

    SchemeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<FundingScheme> find(UUID id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query(SchemeStore::scheme).optional();
    }

    public List<FundingScheme> all() {
        return jdbc.sql(SELECT + " order by lower(s.name)").query(SchemeStore::scheme).list();
    }

    /** The schemes the actor may see, by the access policy's rule in SQL (a scheme belongs to its funder). */
    public List<FundingScheme> visibleTo(Actor actor, UUID funderId) {
        var predicate = AccessPolicy.visibleRows(actor, "s.funder_id", "s.handling_level");
        Map<String, Object> params = new HashMap<>(predicate.parameters());
        String funder = "";
        if (funderId != null) {
            funder = " and s.funder_id = :funder";
            params.put("funder", funderId);
        }
        return jdbc.sql(SELECT + " where " + predicate.clause() + funder + " order by lower(s.name)")
                .params(params).query(SchemeStore::scheme).list();
    }

    /** Whether the funder already has a scheme of this name (any case), other than {@code except}. */
    public boolean nameTaken(UUID funderId, String name, UUID except) {
        return jdbc.sql("""
                select count(*) from workforce_scheme
                 where funder_id = ? and lower(name) = lower(?) and id <> coalesce(?, '00000000-0000-0000-0000-000000000000'::uuid)""")
                .params(funderId, name, except).query(Long.class).single() > 0;
    }

    public void insert(FundingScheme scheme, Instant now) {
        jdbc.sql("""
                insert into workforce_scheme (id, name, funder_id, share_percent, share_amount, cost_per_post, posts,
                    period_from, period_to, conditions, handling_level, created_at, updated_at)
                values (:id, :name, :funder, :percent, :amount, :cost, :posts, :from, :to, :conditions, :level,
                    :now, :now)""")
                .params(parameters(scheme, now)).update();
    }

    public void update(FundingScheme scheme, Instant now) {
        jdbc.sql("""
                update workforce_scheme set name = :name, funder_id = :funder, share_percent = :percent,
                    share_amount = :amount, cost_per_post = :cost, posts = :posts, period_from = :from,
                    period_to = :to, conditions = :conditions, handling_level = :level, updated_at = :now
                 where id = :id""")
                .params(parameters(scheme, now)).update();
    }

    private static Map<String, Object> parameters(FundingScheme scheme, Instant now) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", scheme.id());
        values.put("name", scheme.name());
        values.put("funder", scheme.funderId());
        values.put("percent", scheme.sharePercent());
        values.put("amount", scheme.shareAmount());
        values.put("cost", scheme.costPerPost());
        values.put("posts", scheme.posts());
        values.put("from", scheme.periodFrom());
        values.put("to", scheme.periodTo());
        values.put("conditions", scheme.conditions());
        values.put("level", scheme.handlingLevel().name());
        values.put("now", Timestamp.from(now));
        return values;
    }

    private static FundingScheme scheme(ResultSet rs, int row) throws SQLException {
        return new FundingScheme(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getObject("funder_id", UUID.class), rs.getBigDecimal("share_percent"),
                rs.getBigDecimal("share_amount"), rs.getInt("posts"), rs.getBigDecimal("cost_per_post"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                rs.getString("conditions"), HandlingLevel.valueOf(rs.getString("handling_level")));
    }
}
