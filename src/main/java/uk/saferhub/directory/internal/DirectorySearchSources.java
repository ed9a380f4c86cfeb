package uk.saferhub.directory.internal;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.search.SearchHit;
import uk.saferhub.search.SearchHits;
import uk.saferhub.search.SearchQuery;
import uk.saferhub.search.SearchSource;
import uk.saferhub.search.SearchSql;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;

/**
 * The directory's records in the search, each by the rule of its own list in the query: people at their own handling
 * level (by name and job title), and organisations that share with the actor's (by name and short name).
 */
@Configuration(proxyBeanMethods = false)
class DirectorySearchSources {

    @Bean
    SearchSource peopleSearchSource(JdbcClient jdbc) {
        return new Source("people", 60) {
            @Override
            public SearchHits search(Actor actor, SearchQuery query, int offset, int limit) {
                var visible = AccessPolicy.visibleRows(actor, "p.organisation_id", "p.handling_level");
                var statement = new SearchSql.Statement("p.id, p.name, o.name as organisation_name",
                        "person p join organisation o on o.id = p.organisation_id", "p.search_vector",
                        "coalesce(p.job_title, '') || ', ' || o.name", visible.clause(), "name");
                return SearchSql.run(jdbc, statement, visible.parameters(), query, offset, limit,
                        (row, snippet) -> new SearchHit(kind(), row.getString("name"), snippet,
                                "/directory/people/" + row.getObject("id", UUID.class), null));
            }
        };
    }

    @Bean
    SearchSource organisationSearchSource(JdbcClient jdbc) {
        return new Source("organisations", 70) {
            @Override
            public SearchHits search(Actor actor, SearchQuery query, int offset, int limit) {
                var visible = AccessPolicy.visibleRows(actor, "o.id", "'PARTNERSHIP'");
                var statement = new SearchSql.Statement("o.id, o.name", "organisation o", "o.search_vector",
                        "coalesce(o.short_name, o.name)", visible.clause(), "name");
                return SearchSql.run(jdbc, statement, visible.parameters(), query, offset, limit,
                        (row, snippet) -> new SearchHit(kind(), row.getString("name"), snippet,
                                "/directory/organisations/" + row.getObject("id", UUID.class), null));
            }
        };
    }

    /** A source known by its kind and place among the groups. */
    private abstract static class Source implements SearchSource {

        private final String kind;
        private final int order;

        Source(String kind, int order) {
            this.kind = kind;
            this.order = order;
        }

        @Override
        public String kind() {
            return kind;
        }

        @Override
        public int order() {
            return order;
        }
    }
}
