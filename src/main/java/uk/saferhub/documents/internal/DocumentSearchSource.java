package uk.saferhub.documents.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.saferhub.partnership.Partnership;
import uk.saferhub.search.SearchHit;
import uk.saferhub.search.SearchHits;
import uk.saferhub.search.SearchQuery;
import uk.saferhub.search.SearchSource;
import uk.saferhub.search.SearchSql;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;

/**
 * Documents by title and summary, with the register's rule ({@code DocumentAccess.canSee}) written in the query: a
 * document with an approved version is seen as any record of its handling level is, by the owner's partners and its
 * parties (by the public only once published and not withdrawn); a document is also seen, drafts and all, by its
 * drafts' audience ({@code DocumentDrafts}): the owner alone for an AGENCY document, otherwise the owner, the parties,
 * the organisations a draft was sent to and the people holding a seat today on a body it was sent to, police only for
 * a POLICE_ONLY one.
 */
@Component
class DocumentSearchSource implements SearchSource {

    private static final String KIND = "documents";

    /**
     * The text of the document's latest approved version, searched with its title and summary. Drafts are left out: a
     * draft's words must not find a document for a reader who may see only what was approved.
     */
    private static final String LATEST_APPROVED_TEXT = """
             left join lateral (select v.content, v.search_vector from document_version v
                                 where v.document_id = d.id and v.approved
                                 order by v.major desc, v.minor desc limit 1) approved_text on true""";

    private final JdbcClient jdbc;
    private final Partnership partnership;
    private final Clock clock;

    DocumentSearchSource(JdbcClient jdbc, Partnership partnership, Clock clock) {
        this.jdbc = jdbc;
        this.partnership = partnership;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public SearchHits search(Actor actor, SearchQuery query, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String access = access(actor, parameters);
        var statement = new SearchSql.Statement("d.id, d.title", "document d " + LATEST_APPROVED_TEXT,
                "(d.search_vector || coalesce(approved_text.search_vector, ''::tsvector))",
                "coalesce(d.summary, d.title) || ' '"
                        + " || regexp_replace(coalesce(approved_text.content, ''), '\\s+', ' ', 'g')",
                access, "title");
        return SearchSql.run(jdbc, statement, parameters, query, offset, limit,
                (row, snippet) -> new SearchHit(KIND, row.getString("title"), snippet,
                        "/documents/" + row.getObject("id", UUID.class), null));
    }

    /** The rule as a condition on a document {@code d}, its parameters put in {@code parameters}. */
    String access(Actor actor, Map<String, Object> parameters) {
        var seen = AccessPolicy.visibleRows(actor, "d.owning_organisation_id", "d.handling_level",
                "array(select dp.organisation_id from document_party dp where dp.document_id = d.id)");
        parameters.putAll(seen.parameters());
        String approved = "exists (select 1 from document_version v where v.document_id = d.id and v.approved)";
        String published = actor == null ? " and d.published_at is not null and d.status <> 'WITHDRAWN'" : "";
        return "(" + approved + " and " + seen.clause() + published + ") or " + drafts(actor, parameters);
    }

    private String drafts(Actor actor, Map<String, Object> parameters) {
        if (actor == null) {
            return "false";
        }
        parameters.put("doc_org", actor.organisationId());
        LocalDate today = LocalDate.ofInstant(clock.instant(), DisplayDates.LONDON);
        List<UUID> seatsToday = partnership.seatsHeldBy(actor.personId()).stream()
                .filter(seat -> seat.currentOn(today)).map(seat -> seat.bodyId().value()).distinct().toList();
        String sentToSeat = "";
        if (!seatsToday.isEmpty()) {
            parameters.put("doc_seat_bodies", seatsToday);
            sentToSeat = " or r.body_id in (:doc_seat_bodies)";
        }
        return "(case when d.handling_level = 'AGENCY' then d.owning_organisation_id = :doc_org"
                + " else (d.owning_organisation_id = :doc_org"
                + " or exists (select 1 from document_party dp2 where dp2.document_id = d.id"
                + " and dp2.organisation_id = :doc_org)"
                + " or exists (select 1 from document_circulation c"
                + " join document_circulation_recipient r on r.circulation_id = c.id"
                + " where c.document_id = d.id and (r.organisation_id = :doc_org" + sentToSeat + ")))"
                + (actor.police() ? "" : " and d.handling_level <> 'POLICE_ONLY'") + " end)";
    }
}
