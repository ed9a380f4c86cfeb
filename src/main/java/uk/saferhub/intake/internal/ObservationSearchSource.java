package uk.saferhub.intake.internal;

import java.time.ZoneId;
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
import uk.saferhub.shared.web.PageWords;

/**
 * Observations by their category, place and what was seen, with the observations' access rule in the query: a council
 * reader finds quality-of-life observations of its partners, a police reader intelligence too (marked as such).
 */
@Component
class ObservationSearchSource implements SearchSource {

    private static final String KIND = "observations";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final PageWords words;

    ObservationSearchSource(JdbcClient jdbc, PageWords words) {
        this.jdbc = jdbc;
        this.words = words;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public SearchHits search(Actor actor, SearchQuery query, int offset, int limit) {
        var visible = AccessPolicy.visibleRows(actor, "o.owning_organisation_id", "o.handling_level");
        var statement = new SearchSql.Statement(
                "o.id, o.kind, o.category_name, o.location, o.observed_at",
                "intake_observation o", "o.search_vector", "o.description", visible.clause(), "observed_at");
        return SearchSql.run(jdbc, statement, visible.parameters(), query, offset, limit,
                (row, snippet) -> new SearchHit(KIND, words.text("observations.search." + row.getString("kind"),
                        row.getString("category_name"), row.getString("location")), snippet,
                        "/observations/" + row.getObject("id", UUID.class),
                        row.getTimestamp("observed_at").toInstant().atZone(LONDON).toLocalDate()));
    }
}
