package uk.saferhub.geography.internal;

import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.saferhub.search.SearchHit;
import uk.saferhub.search.SearchHits;
import uk.saferhub.search.SearchQuery;
import uk.saferhub.search.SearchSource;
import uk.saferhub.search.SearchSql;
import uk.saferhub.shared.access.Actor;

/**
 * Places by name or code. Places are reference data belonging to no organisation: every signed-in user sees them, as
 * the places pages allow, and the public none.
 */
@Component
class PlaceSearchSource implements SearchSource {

    private static final String KIND = "places";

    private final JdbcClient jdbc;

    PlaceSearchSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public SearchHits search(Actor actor, SearchQuery query, int offset, int limit) {
        var statement = new SearchSql.Statement("p.id, p.name", "place p left join place parent on parent.id = p.parent_id",
                "p.search_vector", "p.code || coalesce(', ' || parent.name, '')", actor == null ? "false" : "true",
                "name");
        return SearchSql.run(jdbc, statement, Map.of(), query, offset, limit,
                (row, snippet) -> new SearchHit(KIND, row.getString("name"), snippet,
                        "/places/" + row.getObject("id", UUID.class), null));
    }
}
