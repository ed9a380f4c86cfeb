package uk.saferhub.harness;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database holds, cheaply: for every application table its row count and the sum of its rows' transaction
 * ids ({@code xmin}), which moves whenever a row is inserted, updated or deleted; and the audit trail's count of
 * change events. Two fingerprints taken around a refused request must be equal: a refusal changes nothing.
 *
 * <p>Left out: the audit trail itself (refusals and views are audited, by design), HTTP sessions and Flyway's
 * history. API keys are compared by what a refusal could change (which keys exist, their roles, whether revoked),
 * because every use of a key rewrites its row and its roles to record the use.
 */
final class DatabaseFingerprint {

    private static final List<String> LEFT_OUT = List.of("audit_event", "audit_seal", "audit_unsealed", "spring_session",
            "spring_session_attributes", "flyway_schema_history");

    private static final Map<String, String> STATE_OF = Map.of(
            "api_key", "count(*) || ':' || md5(coalesce(string_agg(id || name || organisation_id"
                    + " || coalesce(revoked_at::text, ''), ',' order by id), ''))",
            "api_key_role", "count(*) || ':' || md5(coalesce(string_agg(api_key_id || role, ',' order by api_key_id,"
                    + " role), ''))");
    private static final String ROWS_AND_TRANSACTIONS = "count(*) || ':' || coalesce(sum(xmin::text::bigint), 0)";

    private final JdbcClient jdbc;
    private final String query;

    DatabaseFingerprint(JdbcClient jdbc) {
        this.jdbc = jdbc;
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""")
                .query(String.class).list().stream().filter(table -> !LEFT_OUT.contains(table)).toList();
        this.query = tables.stream()
                .map(table -> "select '" + table + "' as name, " + STATE_OF.getOrDefault(table, ROWS_AND_TRANSACTIONS)
                        + " as state from " + table)
                .collect(Collectors.joining(" union all ", "", " union all select 'audited changes', count(*)::text"
                        + " from audit_event where action in ('CREATE', 'UPDATE', 'DELETE', 'PASSWORD_CHANGED')"));
    }

    /** The state of every table, by name. */
    Map<String, String> take() {
        var state = new TreeMap<String, String>();
        jdbc.sql(query).query((rs, row) -> state.put(rs.getString("name"), rs.getString("state"))).list();
        return state;
    }

    /** The tables whose state differs between two fingerprints; empty when nothing changed. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(table -> !after.get(table).equals(before.get(table))).toList();
    }
}
