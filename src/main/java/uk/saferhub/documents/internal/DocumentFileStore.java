package uk.saferhub.documents.internal;

import static uk.saferhub.documents.internal.DocumentStore.instant;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.documents.Attachment;

/** Attached files, kept in the database so that no instance needs a local disk. */
@Repository
public class DocumentFileStore {

    private static final String COLUMNS = "id, document_id, version_id, title, file_name, content_type, size_bytes,"
            + " sha256, uploaded_at, uploaded_by";

    private final JdbcClient jdbc;

    DocumentFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Attachment a, byte[] content) {
        jdbc.sql("insert into document_attachment (" + COLUMNS + ", content) values (:id, :d, :v, :title, :name,"
                + " :type, :size, :sha, :at, :by, :content)")
                .param("id", a.id()).param("d", a.documentId()).param("v", a.versionId()).param("title", a.title())
                .param("name", a.fileName()).param("type", a.contentType()).param("size", a.sizeBytes())
                .param("sha", a.sha256()).param("at", Timestamp.from(a.uploadedAt())).param("by", a.uploadedBy())
                .param("content", content).update();
    }

    public List<Attachment> of(UUID documentId) {
        return jdbc.sql("select " + COLUMNS + " from document_attachment where document_id = :d order by uploaded_at")
                .param("d", documentId).query((rs, n) -> attachment(rs)).list();
    }

    public Optional<Attachment> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from document_attachment where id = :id").param("id", id)
                .query((rs, n) -> attachment(rs)).optional();
    }

    public byte[] content(UUID id) {
        return jdbc.sql("select content from document_attachment where id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    private static Attachment attachment(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Attachment(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
                rs.getObject("version_id", UUID.class), rs.getString("title"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                instant(rs, "uploaded_at"), rs.getString("uploaded_by"));
    }
}
