package uk.saferhub.documents.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.saferhub.audit.RecordNames;
import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentAccess;
import uk.saferhub.documents.Documents;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageWords;

/**
 * Names documents and what belongs to them in the audit trail, by {@link Documents#access} as
 * {@link DocumentRecordVisibility} decides: a document by its title, linked to its page; its approvals, reviews and
 * attachments by what they are of; its draft versions, circulations and comments only to those who may see its drafts.
 */
@Component
class DocumentRecordNames implements RecordNames {

    private final Documents documents;
    private final DocumentStore store;
    private final JdbcClient jdbc;
    private final PageWords words;

    DocumentRecordNames(Documents documents, DocumentStore store, JdbcClient jdbc, PageWords words) {
        this.documents = documents;
        this.store = store;
        this.jdbc = jdbc;
        this.words = words;
    }

    @Override
    public Map<UUID, Named> namesOf(Actor viewer, Set<UUID> ids) {
        List<Found> found = jdbc.sql("""
                        select id, id as document_id, 'document' as kind, false as drafting from document where id in (:ids)
                        union all select id, document_id, 'version', not approved from document_version where id in (:ids)
                        union all select id, document_id, 'circulation', true from document_circulation where id in (:ids)
                        union all select m.id, c.document_id, 'comment', true
                          from document_comment m join document_circulation c on c.id = m.circulation_id
                         where m.id in (:ids)
                        union all select id, document_id, 'approval', false from document_approval where id in (:ids)
                        union all select id, document_id, 'review', false from document_review where id in (:ids)
                        union all select id, document_id, 'attachment', false from document_attachment
                         where id in (:ids)""")
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> new Found(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
                        rs.getString("kind"), rs.getBoolean("drafting")))
                .list();
        Map<UUID, Optional<Document>> byId = new HashMap<>();
        Map<UUID, Named> names = new HashMap<>();
        for (Found record : found) {
            Optional<Document> document = byId.computeIfAbsent(record.documentId(), store::find);
            if (document.isEmpty()) {
                continue;
            }
            DocumentAccess access = documents.access(viewer, document.get());
            if (record.drafting() ? !access.canSeeDrafts(viewer) : !access.canSee(viewer)) {
                continue;
            }
            String title = document.get().title();
            String page = "/documents/" + record.documentId();
            names.put(record.id(), record.kind().equals("document") ? Named.linked(title, page)
                    : Named.linked(words.text("documents.audit." + record.kind(), title), page));
        }
        return names;
    }

    private record Found(UUID id, UUID documentId, String kind, boolean drafting) {
    }
}
