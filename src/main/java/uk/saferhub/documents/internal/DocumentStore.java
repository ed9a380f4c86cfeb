package uk.saferhub.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentStatus;
import uk.saferhub.documents.DocumentType;
import uk.saferhub.documents.DocumentVersion;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.HandlingLevel;

/** Documents, their parties and owners, and their versions, in plain SQL. */
@Repository
public class DocumentStore {

    private static final String COLUMNS = "id, type, title, summary, owning_organisation_id, handling_level,"
            + " approving_body_id, status, parent_id, supersedes_id, review_period_months, next_review_on,"
            + " in_force_from, published_at, created_at, updated_at";

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Document> find(UUID id) {
        List<Document> found = load("select " + COLUMNS + " from document where id = :id", Map.of("id", id));
        return found.stream().findFirst();
    }

    /** Every document, by title: the register is small enough to filter by access in Java. */
    public List<Document> all() {
        return load("select " + COLUMNS + " from document order by lower(title), created_at", Map.of());
    }

    /** The documents with these ids, in no particular order. */
    public List<Document> findAll(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? List.of()
                : load("select " + COLUMNS + " from document where id in (:ids)", Map.of("ids", List.copyOf(ids)));
    }

    public List<Document> children(UUID parentId) {
        return load("select " + COLUMNS + " from document where parent_id = :id order by lower(title)",
                Map.of("id", parentId));
    }

    public List<Document> supersededBy(UUID id) {
        return load("select " + COLUMNS + " from document where supersedes_id = :id", Map.of("id", id));
    }

    public void insert(Document document) {
        jdbc.sql("insert into document (" + COLUMNS + ") values (:id, :type, :title, :summary, :owner, :handling,"
                + " :body, :status, :parent, :supersedes, :period, :review, :inForce, :published, :created,"
                + " :updated)")
                .params(parameters(document)).update();
        replaceParties(document);
    }

    public void update(Document document) {
        jdbc.sql("update document set type = :type, title = :title, summary = :summary,"
                + " owning_organisation_id = :owner, handling_level = :handling, approving_body_id = :body,"
                + " status = :status, parent_id = :parent, supersedes_id = :supersedes,"
                + " review_period_months = :period, next_review_on = :review, in_force_from = :inForce,"
                + " published_at = :published, updated_at = :updated where id = :id")
                .params(parameters(document)).update();
        replaceParties(document);
    }

    private void replaceParties(Document document) {
        jdbc.sql("delete from document_party where document_id = :id").param("id", document.id()).update();
        jdbc.sql("delete from document_owner where document_id = :id").param("id", document.id()).update();
        for (UUID party : document.parties()) {
            jdbc.sql("insert into document_party (document_id, organisation_id) values (:d, :o)")
                    .param("d", document.id()).param("o", party).update();
        }
        int position = 0;
        for (UUID owner : new java.util.LinkedHashSet<>(document.owners())) {
            jdbc.sql("insert into document_owner (document_id, person_id, position) values (:d, :p, :n)")
                    .param("d", document.id()).param("p", owner).param("n", position++).update();
        }
    }

    /** Documents whose next review falls on or before the day and that still stand. */
    public List<Document> reviewsDueBy(LocalDate day) {
        return load("select " + COLUMNS + " from document where next_review_on <= :day"
                + " and status in ('APPROVED', 'IN_FORCE', 'UNDER_REVIEW') order by next_review_on",
                Map.of("day", day));
    }

    private Map<String, Object> parameters(Document d) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", d.id());
        p.put("type", d.type().name());
        p.put("title", d.title());
        p.put("summary", d.summary());
        p.put("owner", d.owningOrganisationId());
        p.put("handling", d.handlingLevel().name());
        p.put("body", d.approvingBodyId() == null ? null : d.approvingBodyId().value());
        p.put("status", d.status().name());
        p.put("parent", d.parentId());
        p.put("supersedes", d.supersedesId());
        p.put("period", d.reviewPeriodMonths());
        p.put("review", d.nextReviewOn());
        p.put("inForce", d.inForceFrom());
        p.put("published", d.publishedAt() == null ? null : Timestamp.from(d.publishedAt()));
        p.put("created", Timestamp.from(d.createdAt()));
        p.put("updated", Timestamp.from(d.updatedAt()));
        return p;
    }

    private List<Document> load(String sql, Map<String, Object> params) {
        List<Row> rows = jdbc.sql(sql).params(params).query(DocumentStore::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Set<UUID>> parties = new HashMap<>();
        Map<UUID, List<UUID>> owners = new HashMap<>();
        List<UUID> ids = rows.stream().map(Row::id).toList();
        jdbc.sql("select document_id, organisation_id from document_party where document_id in (:ids)")
                .param("ids", ids).query((rs, n) -> parties
                        .computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                        .add(rs.getObject(2, UUID.class)))
                .list();
        jdbc.sql("select o.document_id, o.person_id from document_owner o where o.document_id in (:ids)"
                + " order by o.position")
                .param("ids", ids).query((rs, n) -> owners
                        .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, UUID.class)))
                .list();
        return rows.stream().map(r -> r.document(parties.getOrDefault(r.id(), Set.of()),
                owners.getOrDefault(r.id(), List.of()))).toList();
    }

    private record Row(UUID id, DocumentType type, String title, String summary, UUID owner, HandlingLevel handling,
            BodyId body, DocumentStatus status, UUID parent, UUID supersedes, Integer period, LocalDate review,
            LocalDate inForce, Instant published, Instant created, Instant updated) {

        Document document(Set<UUID> parties, List<UUID> owners) {
            return new Document(id, type, title, summary, owner, handling, body, status, parent, supersedes, period,
                    review, inForce, published, parties, owners, created, updated);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        UUID body = rs.getObject("approving_body_id", UUID.class);
        Integer period = (Integer) rs.getObject("review_period_months");
        return new Row(rs.getObject("id", UUID.class), DocumentType.valueOf(rs.getString("type")),
                rs.getString("title"), rs.getString("summary"), rs.getObject("owning_organisation_id", UUID.class),
                HandlingLevel.valueOf(rs.getString("handling_level")), body == null ? null : new BodyId(body),
                DocumentStatus.valueOf(rs.getString("status")), rs.getObject("parent_id", UUID.class),
                rs.getObject("supersedes_id", UUID.class), period, rs.getObject("next_review_on", LocalDate.class),
                rs.getObject("in_force_from", LocalDate.class), instant(rs, "published_at"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    // versions

    public List<DocumentVersion> versions(UUID documentId) {
        return jdbc.sql("select * from document_version where document_id = :id order by major, minor")
                .param("id", documentId).query(DocumentStore::version).list();
    }

    /** For many documents at once: whether each has an approved version and whether its newest is a draft. */
    public Map<UUID, List<DocumentVersion>> versionsOf(List<UUID> documentIds) {
        Map<UUID, List<DocumentVersion>> byDocument = new HashMap<>();
        if (documentIds.isEmpty()) {
            return byDocument;
        }
        jdbc.sql("select id, document_id, major, minor, approved, frozen, '' as content, change_note, written_by,"
                + " created_at, updated_at from document_version where document_id in (:ids) order by major, minor")
                .param("ids", documentIds).query(DocumentStore::version).list()
                .forEach(v -> byDocument.computeIfAbsent(v.documentId(), k -> new ArrayList<>()).add(v));
        return byDocument;
    }

    public Optional<DocumentVersion> version(UUID versionId) {
        return jdbc.sql("select * from document_version where id = :id").param("id", versionId)
                .query(DocumentStore::version).optional();
    }

    public void insertVersion(DocumentVersion v) {
        jdbc.sql("insert into document_version (id, document_id, major, minor, approved, frozen, content,"
                + " change_note, written_by, created_at, updated_at) values (:id, :doc, :major, :minor, :approved,"
                + " :frozen, :content, :note, :by, :created, :updated)")
                .param("id", v.id()).param("doc", v.documentId()).param("major", v.major())
                .param("minor", v.minor()).param("approved", v.approved()).param("frozen", v.frozen())
                .param("content", v.content()).param("note", v.changeNote()).param("by", v.writtenBy())
                .param("created", Timestamp.from(v.createdAt())).param("updated", Timestamp.from(v.updatedAt()))
                .update();
    }

    public void updateDraft(UUID versionId, String content, String note, String by, Instant at) {
        jdbc.sql("update document_version set content = :content, change_note = :note, written_by = :by,"
                + " updated_at = :at where id = :id")
                .param("content", content).param("note", note).param("by", by).param("at", Timestamp.from(at))
                .param("id", versionId).update();
    }

    /** For the demonstration loader: the seeds' dates on versions written long ago. */
    public void backdate(UUID versionId, Instant at) {
        jdbc.sql("update document_version set created_at = :at, updated_at = :at where id = :id")
                .param("at", Timestamp.from(at)).param("id", versionId).update();
    }

    public void freeze(UUID versionId) {
        jdbc.sql("update document_version set frozen = true where id = :id").param("id", versionId).update();
    }

    private static DocumentVersion version(ResultSet rs, int n) throws SQLException {
        return new DocumentVersion(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
                rs.getInt("major"), rs.getInt("minor"), rs.getBoolean("approved"), rs.getBoolean("frozen"),
                rs.getString("content"), rs.getString("change_note"), rs.getString("written_by"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }
}
