package uk.saferhub.partnership.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.saferhub.search.SearchHit;
import uk.saferhub.search.SearchHits;
import uk.saferhub.search.SearchQuery;
import uk.saferhub.search.SearchSource;
import uk.saferhub.search.SearchSql;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;

/** The bodies the actor may see (the rule of the bodies list, in the query) by their name, area and purpose. */
@Component
class BodySearchSource implements SearchSource {

    private static final String KIND = "bodies";

    private final JdbcClient jdbc;

    BodySearchSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public SearchHits search(Actor actor, SearchQuery query, int offset, int limit) {
        var visible = AccessPolicy.visibleRows(actor, "b.owning_organisation_id", "b.handling_level");
        var statement = new SearchSql.Statement("b.id, b.name", "partnership_body b", "b.search_vector",
                "coalesce(b.area_covered, '') || ' ' || coalesce(b.purpose, '')", visible.clause(), "name");
        return SearchSql.run(jdbc, statement, visible.parameters(), query, offset, limit,
                (row, snippet) -> new SearchHit(KIND, row.getString("name"), snippet,
                        "/partnership/bodies/" + row.getObject("id", UUID.class), null));
    }
}
