package uk.saferhub.documents.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The home page's questions of the documents tables, each one query: the documents a person or their organisation
 * owns whose review is due, the circulations waiting on them, and the records under documents (for their changes).
 * Access is then decided on the few documents found, in one batch.
 */
@Repository
class HomeDocumentsStore {

    private final JdbcClient jdbc;

    HomeDocumentsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A circulation waiting on the reader: for comment (still open) or for approval (not yet approved). */
    record Waiting(UUID circulationId, UUID documentId, String purpose, LocalDate closesOn) {
    }

    /** A record under a document as the audit trail names it. */
    record Named(String type, String id, UUID documentId) {
    }

    /** Documents the person owns or their organisation owns, still in use, with a review on or before the horizon. */
    List<UUID> reviewsDue(UUID person, UUID organisation, LocalDate horizon) {
        return jdbc.sql("""
                select d.id from document d
                where d.status not in ('SUPERSEDED', 'WITHDRAWN') and d.next_review_on <= :horizon
                  and (d.owning_organisation_id = :organisation
                       or exists (select 1 from document_owner o where o.document_id = d.id and o.person_id = :person))
                order by d.next_review_on, lower(d.title)""")
                .param("horizon", Date.valueOf(horizon)).param("organisation", organisation).param("person", person)
                .query(UUID.class).list();
    }

    /** Documents the person owns or their organisation owns, still in use. */
    List<UUID> owned(UUID person, UUID organisation) {
        return jdbc.sql("""
                select d.id from document d
                where d.status not in ('SUPERSEDED', 'WITHDRAWN')
                  and (d.owning_organisation_id = :organisation
                       or exists (select 1 from document_owner o where o.document_id = d.id and o.person_id = :person))""")
                .param("organisation", organisation).param("person", person).query(UUID.class).list();
    }

    /**
     * Circulations sent to the organisation or to a body among {@code bodies} that wait on them: for comment, open
     * and not yet answered by that recipient; for approval, of a draft not yet approved. Closing soonest first.
     */
    List<Waiting> waiting(UUID organisation, List<UUID> bodies, LocalDate today) {
        return jdbc.sql("""
                select distinct c.id, c.document_id, c.purpose, c.closes_on, c.sent_on
                from document_circulation c
                join document d on d.id = c.document_id
                join document_circulation_recipient r on r.circulation_id = c.id
                where d.status not in ('SUPERSEDED', 'WITHDRAWN')
                  and (r.organisation_id = :organisation or r.body_id in (:bodies))
                  and ((c.purpose = 'COMMENT' and c.closes_on >= :today
                        and not exists (select 1 from document_comment k where k.circulation_id = c.id
                                        and (k.commenter_organisation_id = r.organisation_id
                                             or k.commenter_body_id = r.body_id)))
                    or (c.purpose = 'APPROVAL'
                        and not exists (select 1 from document_approval a where a.draft_version_id = c.version_id)))
                order by c.closes_on nulls last, c.sent_on""")
                .param("organisation", organisation)
                .param("bodies", bodies.isEmpty() ? List.of(new UUID(0, 0)) : bodies)
                .param("today", Date.valueOf(today))
                .query((rs, row) -> new Waiting(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
                        rs.getString("purpose"),
                        rs.getDate("closes_on") == null ? null : rs.getDate("closes_on").toLocalDate()))
                .list();
    }

    /** The records under the documents that the audit trail names by their own ids. */
    List<Named> recordsOf(List<UUID> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select 'document-approval' as type, a.id::text as id, a.document_id from document_approval a
                where a.document_id in (:documents)
                union all
                select 'document-review', r.id::text, r.document_id from document_review r
                where r.document_id in (:documents)
                union all
                select 'document-attachment', t.id::text, t.document_id from document_attachment t
                where t.document_id in (:documents)
                union all
                select 'document-circulation', c.id::text, c.document_id from document_circulation c
                where c.document_id in (:documents)
                union all
                select 'document-comment', k.id::text, c.document_id
                from document_comment k join document_circulation c on c.id = k.circulation_id
                where c.document_id in (:documents)""")
                .param("documents", documents)
                .query((rs, row) -> new Named(rs.getString("type"), rs.getString("id"),
                        rs.getObject("document_id", UUID.class)))
                .list();
    }
}
