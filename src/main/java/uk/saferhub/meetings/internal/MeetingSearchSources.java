package uk.saferhub.meetings.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.search.SearchHit;
import uk.saferhub.search.SearchHits;
import uk.saferhub.search.SearchQuery;
import uk.saferhub.search.SearchSource;
import uk.saferhub.search.SearchSql;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageWords;

/**
 * Meetings, minutes (agenda items and what was minuted under them), decisions and actions in the search, each query
 * applying {@link MeetingSearchAccess}: the meeting's body must be one the actor sees, and an exempt item's text, with
 * the decisions and actions under it, reaches only a member of the body.
 */
@Configuration(proxyBeanMethods = false)
class MeetingSearchSources {

    private static final String DAY = "(m.starts_at at time zone 'Europe/London')::date";

    @Bean
    SearchSource meetingSearchSource(JdbcClient jdbc, MeetingSearchAccess access, Clock clock) {
        return new Source("meetings", 20, access, clock) {
            @Override
            SearchHits search(MeetingSearchAccess.Rule rule, SearchQuery query, int offset, int limit) {
                var statement = new SearchSql.Statement("m.id, m.title, m.body_id, " + DAY + " as day",
                        "meeting m", "m.search_vector",
                        "concat_ws(', ', m.purpose, m.window_text, m.location)", rule.meetingVisible(), "title");
                return SearchSql.run(jdbc, statement, rule.parameters(), query, offset, limit,
                        (row, snippet) -> new SearchHit(kind(), row.getString("title"), snippet,
                                "/meetings/" + row.getObject("id", UUID.class), row.getObject("day", LocalDate.class)));
            }
        };
    }

    @Bean
    SearchSource minutesSearchSource(JdbcClient jdbc, MeetingSearchAccess access, Clock clock, PageWords words) {
        return new Source("minutes", 30, access, clock) {
            @Override
            SearchHits search(MeetingSearchAccess.Rule rule, SearchQuery query, int offset, int limit) {
                var statement = new SearchSql.Statement("i.id, i.title, m.id as meeting_id, m.title as meeting_title, "
                        + DAY + " as day", "meeting_agenda_item i join meeting m on m.id = i.meeting_id",
                        "i.search_vector", "coalesce(i.minutes, i.title)", rule.itemVisible("i"), "title");
                return SearchSql.run(jdbc, statement, rule.parameters(), query, offset, limit,
                        (row, snippet) -> new SearchHit(kind(), words.text("meetings.search.minutes",
                                row.getString("title"), row.getString("meeting_title")), snippet,
                                "/meetings/" + row.getObject("meeting_id", UUID.class),
                                row.getObject("day", LocalDate.class)));
            }
        };
    }

    @Bean
    SearchSource decisionSearchSource(JdbcClient jdbc, MeetingSearchAccess access, Clock clock, PageWords words) {
        return new Source("decisions", 40, access, clock) {
            @Override
            SearchHits search(MeetingSearchAccess.Rule rule, SearchQuery query, int offset, int limit) {
                var statement = new SearchSql.Statement("d.id, d.number, m.id as meeting_id, m.title as meeting_title, "
                        + "(d.decided_at at time zone 'Europe/London')::date as day",
                        "meeting_decision d join meeting m on m.id = d.meeting_id"
                                + " left join meeting_agenda_item i on i.id = d.agenda_item_id",
                        "d.search_vector", "d.text", rule.itemVisible("i"), "day");
                return SearchSql.run(jdbc, statement, rule.parameters(), query, offset, limit,
                        (row, snippet) -> new SearchHit(kind(), words.text("meetings.search.decision",
                                row.getInt("number"), row.getString("meeting_title")), snippet,
                                "/meetings/" + row.getObject("meeting_id", UUID.class),
                                row.getObject("day", LocalDate.class)));
            }
        };
    }

    @Bean
    SearchSource actionSearchSource(JdbcClient jdbc, MeetingSearchAccess access, Clock clock, PageWords words) {
        return new Source("actions", 50, access, clock) {
            @Override
            SearchHits search(MeetingSearchAccess.Rule rule, SearchQuery query, int offset, int limit) {
                var statement = new SearchSql.Statement("a.id, a.number, a.due_date, m.title as meeting_title",
                        "meeting_action a join meeting m on m.id = a.meeting_id"
                                + " left join meeting_agenda_item i on i.id = a.agenda_item_id",
                        "a.search_vector", "a.description", rule.itemVisible("i"), "due_date");
                return SearchSql.run(jdbc, statement, rule.parameters(), query, offset, limit,
                        (row, snippet) -> new SearchHit(kind(), words.text("meetings.search.action",
                                row.getInt("number"), row.getString("meeting_title")), snippet,
                                "/actions/" + row.getObject("id", UUID.class),
                                row.getObject("due_date", LocalDate.class)));
            }
        };
    }

    /** A source of the meetings module: the rule worked out once per search, then the kind's own query. */
    private abstract static class Source implements SearchSource {

        private final String kind;
        private final int order;
        private final MeetingSearchAccess access;
        private final Clock clock;

        Source(String kind, int order, MeetingSearchAccess access, Clock clock) {
            this.kind = kind;
            this.order = order;
            this.access = access;
            this.clock = clock;
        }

        @Override
        public String kind() {
            return kind;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public SearchHits search(Actor actor, SearchQuery query, int offset, int limit) {
            MeetingSearchAccess.Rule rule = access.of(actor, LocalDate.ofInstant(clock.instant(), MeetingStore.LONDON));
            return rule.seesNoBody() ? SearchHits.none() : search(rule, query, offset, limit);
        }

        abstract SearchHits search(MeetingSearchAccess.Rule rule, SearchQuery query, int offset, int limit);
    }
}
