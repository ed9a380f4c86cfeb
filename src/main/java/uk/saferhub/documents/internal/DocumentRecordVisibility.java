package uk.saferhub.documents.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.saferhub.documents.DocumentAccess;
import uk.saferhub.documents.Documents;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordVisibility;

/**
 * Which document records the audit trail may show an actor, by {@link Documents#access}: what belongs to the drafting
 * (the document's own events, which include saving drafts; draft versions; circulations and comments) only to those
 * who may see its drafts, the parties and consultees; what follows approval (approved versions, approvals, reviews,
 * attachments, service agreements, pilots and roll-outs) to whoever may see the document.
 */
@Component
class DocumentRecordVisibility implements RecordVisibility {

    /** The table holding each record type whose id is not the document's, to find the document it belongs to. */
    private static final Map<String, String> DOCUMENT_OF = Map.of(
            "document-circulation", "select document_id from document_circulation where id = ?",
            "document-comment", "select c.document_id from document_comment m join document_circulation c"
                    + " on c.id = m.circulation_id where m.id = ?",
            "document-approval", "select document_id from document_approval where id = ?",
            "document-review", "select document_id from document_review where id = ?",
            "document-attachment", "select document_id from document_attachment where id = ?",
            "service-agreement-pilot", "select document_id from service_agreement_pilot where id = ?");
    private static final Set<String> DRAFTING = Set.of("document", "document-circulation", "document-comment");

    private final Documents documents;
    private final DocumentStore store;
    private final JdbcClient jdbc;

    DocumentRecordVisibility(Documents documents, DocumentStore store, JdbcClient jdbc) {
        this.documents = documents;
        this.store = store;
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("document", "document-version", "document-circulation", "document-comment",
                "document-approval", "document-review", "document-review-reminder", "document-attachment",
                "service-agreement", "service-agreement-pilot", "service-agreement-rollout");
    }

    @Override
    public Set<String> visibleTo(Actor actor, String recordType, Set<String> recordIds) {
        Map<UUID, Optional<DocumentAccess>> accessByDocument = new HashMap<>();
        var visible = new HashSet<String>();
        for (String recordId : recordIds) {
            Owner owner = ownerOf(recordType, recordId);
            if (owner == null) {
                continue;
            }
            Optional<DocumentAccess> access = accessByDocument.computeIfAbsent(owner.documentId(),
                    id -> store.find(id).map(document -> documents.access(actor, document)));
            if (access.isPresent() && (owner.draft() ? access.get().canSeeDrafts(actor)
                    : access.get().canSee(actor))) {
                visible.add(recordId);
            }
        }
        return visible;
    }

    /** The document a record belongs to and whether it is part of the drafting; null when there is no such record. */
    private Owner ownerOf(String recordType, String recordId) {
        UUID id = uuid(recordType.equals("service-agreement-rollout") ? recordId.split("/", 2)[0] : recordId);
        if (id == null) {
            return null;
        }
        if (recordType.equals("document-version")) {
            return jdbc.sql("select document_id, approved from document_version where id = ?").param(id)
                    .query((rs, n) -> new Owner(rs.getObject("document_id", UUID.class), !rs.getBoolean("approved")))
                    .optional().orElse(null);
        }
        String query = DOCUMENT_OF.get(recordType);
        UUID document = query == null ? id : jdbc.sql(query).param(id).query(UUID.class).optional().orElse(null);
        return document == null ? null : new Owner(document, DRAFTING.contains(recordType));
    }

    private static UUID uuid(String id) {
        Set<UUID> parsed = RecordVisibility.uuidsOf(Set.of(id));
        return parsed.isEmpty() ? null : parsed.iterator().next();
    }

    private record Owner(UUID documentId, boolean draft) {
    }
}
