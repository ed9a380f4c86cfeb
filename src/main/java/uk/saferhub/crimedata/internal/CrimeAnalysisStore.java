package uk.saferhub.crimedata.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The analysis queries over crimedata_street: each counts rows grouped by one dimension and the crime type, for a
 * scope (wards and/or force, crime types) and months; harm is weighted in Java from the crime type. Every query
 * names the month range, so PostgreSQL reads only those months' partitions, and each is a plain group-by that Citus
 * pushes down to its shards.
 */
@Component
public class CrimeAnalysisStore {

    /** The dimensions counted from crimedata_ward_tally. */
    private static final java.util.Set<String> TALLIED = java.util.Set.of("month", "ward_id", "force_key");

    /** The queries, by dimension: what is grouped besides the crime type. Public for the benchmark in bench/. */
    public static final String BY_MONTH = "month";
    public static final String BY_WARD = "ward_id";
    public static final String BY_FORCE = "force_key";
    public static final String BY_LSOA = "lsoa_code, lsoa_name";
    public static final String BY_LOCATION = "location, latitude, longitude";

    private final JdbcClient jdbc;

    CrimeAnalysisStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which rows: those of these wards (null: any), this force (null: any), these crime types (empty: all). */
    public record Scope(UUID[] wards, String force, String[] types) {
    }

    /** One group's count: the grouped values (as text; null stays null), its crime type and rows. */
    public record Tally(String[] keys, String type, long count) {
    }

    /**
     * The months as a condition with the dates written in, not as parameters. PostgreSQL then plans the query for
     * those months' partitions and rows even when it keeps one plan for the statement (after a prepared statement's
     * fifth run): with the months as parameters, that generic plan guessed a few dozen rows a partition and sorted
     * them on disk, twice as slow. The dates come from {@link YearMonth}s, never from text.
     */
    static String months(YearMonth from, YearMonth to) {
        return "month between date '" + from.atDay(1) + "' and date '" + to.atDay(1) + "'";
    }

    /**
     * The SQL of a grouped count as SaferHub runs it, for the months from and to, with ? for the scope's values in
     * the order {@link #values}. Counts by month, ward or force add up crimedata_ward_tally (the rows counted by force, month,
     * ward and crime type as they are imported); counts by LSOA and location count the rows (a tally by LSOA would
     * be nearly as long as the rows).
     */
    public static String sql(String groupBy, Scope scope, YearMonth from, YearMonth to) {
        if (!TALLIED.contains(groupBy)) {
            return rowsSql(groupBy, scope, from, to);
        }
        return where(new StringBuilder("select ").append(groupBy)
                .append(", crime_type, sum(crimes)::bigint from crimedata_ward_tally where ")
                .append(months(from, to)), groupBy, scope);
    }

    /** The SQL of the same grouped count over every row of crimedata_street (for the benchmark in bench/). */
    public static String rowsSql(String groupBy, Scope scope, YearMonth from, YearMonth to) {
        // A snap point is its coordinates: grouped by them (cheaper than by its name too), with its name.
        String select = groupBy.equals(BY_LOCATION) ? "min(location), latitude, longitude" : groupBy;
        return where(new StringBuilder("select ").append(select)
                .append(", crime_type, count(*) from crimedata_street where ").append(months(from, to)), groupBy,
                scope);
    }

    private static String where(StringBuilder sql, String groupBy, Scope scope) {
        if (scope.wards() != null) {
            sql.append(" and ward_id = any(?)");
        }
        if (scope.force() != null) {
            sql.append(" and force_key = ?");
        }
        if (scope.types().length > 0) {
            sql.append(" and crime_type = any(?)");
        }
        if (groupBy.equals(BY_LOCATION)) {
            sql.append(" and latitude is not null");
        }
        return sql.append(" group by ").append(groupBy.equals(BY_LOCATION) ? "latitude, longitude" : groupBy)
                .append(", crime_type").toString();
    }

    /** The values of the SQL's placeholders. */
    public static List<Object> values(Scope scope) {
        List<Object> values = new ArrayList<>();
        if (scope.wards() != null) {
            values.add(scope.wards());
        }
        if (scope.force() != null) {
            values.add(scope.force());
        }
        if (scope.types().length > 0) {
            values.add(scope.types());
        }
        return values;
    }

    List<Tally> tally(String groupBy, Scope scope, YearMonth from, YearMonth to) {
        int keys = groupBy.split(",").length;
        if (scope.wards() != null && scope.wards().length == 0) {
            return List.of();
        }
        return jdbc.sql(sql(groupBy, scope, from, to)).params(values(scope))
                .query((rs, i) -> tally(rs, keys)).list();
    }

    private static Tally tally(ResultSet rs, int keys) throws SQLException {
        String[] values = new String[keys];
        for (int k = 0; k < keys; k++) {
            values[k] = rs.getString(k + 1);
        }
        return new Tally(values, rs.getString(keys + 1), rs.getLong(keys + 2));
    }

    /**
     * The outcomes recorded in the months for the scope's wards and force (its crime types do not apply: an outcomes
     * file names no crime type), by outcome type, most first.
     */
    java.util.Map<String, Long> outcomes(Scope scope, YearMonth from, YearMonth to) {
        if (scope.wards() != null && scope.wards().length == 0) {
            return java.util.Map.of();
        }
        StringBuilder sql = new StringBuilder("select outcome_type, count(*) from crimedata_outcome where ")
                .append(months(from, to));
        List<Object> values = new ArrayList<>();
        placed(sql, values, scope);
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql(sql.append(" group by outcome_type order by count(*) desc, outcome_type").toString()).params(values)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** Adds the scope's wards and force to a query's conditions and values. */
    private static void placed(StringBuilder sql, List<Object> values, Scope scope) {
        if (scope.wards() != null) {
            sql.append(" and ward_id = any(?)");
            values.add(scope.wards());
        }
        if (scope.force() != null) {
            sql.append(" and force_key = ?");
            values.add(scope.force());
        }
    }

    /** The latest month held in the scope (any crime type). */
    Optional<YearMonth> latest(Scope scope) {
        if (scope.wards() != null && scope.wards().length == 0) {
            return Optional.empty();
        }
        StringBuilder sql = new StringBuilder("select max(month) from crimedata_ward_tally where true");
        List<Object> values = new ArrayList<>();
        placed(sql, values, scope);
        return jdbc.sql(sql.toString()).params(values).query((rs, i) -> Optional.ofNullable(rs.getDate(1))).single()
                .map(day -> YearMonth.from(day.toLocalDate()));
    }

    /** Every crime type held, by name. */
    List<String> types() {
        return jdbc.sql("select distinct crime_type from crimedata_ward_tally order by crime_type").query(String.class)
                .list();
    }

    /** Every force held, by key. */
    List<String> forces() {
        return jdbc.sql("select distinct force_key from crimedata_ward_tally order by force_key").query(String.class)
                .list();
    }
}
