package uk.saferhub.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The common part of every source's query, written once: the user's words through {@code websearch_to_tsquery}
 * against the source's generated {@code tsvector} column (GIN-indexed), the source's access rule in the same WHERE
 * clause, {@code ts_rank} ordering, the total by a window count and, for the page of rows only, a {@code ts_headline}
 * snippet of text those rows' readers may see. The parameter names it uses begin with {@code search_}.
 */
public final class SearchSql {

    /** The user's words as a text search query, English stemming ("patrols" finds "patrol"). */
    public static final String QUERY = "websearch_to_tsquery('english', :search_words)";

    static final String HEADLINE_OPTIONS = "StartSel=" + Snippet.START + ", StopSel=" + Snippet.STOP
            + ", MaxWords=35, MinWords=15, ShortWord=2, HighlightAll=false";

    private SearchSql() {
    }

    /**
     * One source's query.
     *
     * @param columns the columns the mapper reads, each with a plain name ({@code b.id, b.name})
     * @param from the source's own tables and joins ({@code partnership_body b})
     * @param vector the generated tsvector column searched ({@code b.search_vector})
     * @param snippetText the text a snippet is made from ({@code b.purpose})
     * @param access the module's access rule as a SQL condition over the same rows
     * @param tieBreak an output column ordering rows of the same rank ({@code name})
     */
    public record Statement(String columns, String from, String vector, String snippetText, String access,
            String tieBreak) {

        String sql() {
            return "select hit.*, ts_headline('english', hit.search_text, " + QUERY + ", :search_headline)"
                    + " as search_snippet from (select " + columns + ", coalesce(" + snippetText + ", '')"
                    + " as search_text, ts_rank(" + vector + ", " + QUERY + ") as search_rank,"
                    + " count(*) over () as search_total from " + from
                    + " where " + vector + " @@ " + QUERY + " and (" + access + ")"
                    + " order by search_rank desc, " + tieBreak + " limit :search_limit offset :search_offset) hit"
                    + " order by hit.search_rank desc, hit." + tieBreak;
        }
    }

    /** Turns a row of the source's columns and its snippet into a hit. */
    @FunctionalInterface
    public interface HitMapper {
        SearchHit map(ResultSet row, Snippet snippet) throws SQLException;
    }

    /** Runs the statement with the access rule's parameters: a page of hits, best first, and the total. */
    public static SearchHits run(JdbcClient jdbc, Statement statement, Map<String, ?> accessParameters,
            SearchQuery query, int offset, int limit, HitMapper mapper) {
        Map<String, Object> parameters = new HashMap<>(accessParameters);
        parameters.put("search_words", query.words());
        parameters.put("search_headline", HEADLINE_OPTIONS);
        parameters.put("search_limit", Math.max(limit, 0));
        parameters.put("search_offset", Math.max(offset, 0));
        long[] total = {0};
        List<SearchHit> hits = jdbc.sql(statement.sql()).params(parameters)
                .query((rs, n) -> {
                    total[0] = rs.getLong("search_total");
                    return mapper.map(rs, Snippet.marked(rs.getString("search_snippet")));
                })
                .list();
        return new SearchHits(hits, total[0]);
    }
}
