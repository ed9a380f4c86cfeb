package uk.saferhub.tasking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Priorities' files of evidence, in SQL; the content is read only to download one. */
@Repository
public class EvidenceFileStore {

    private static final String COLUMNS = """
            id, priority_id, title, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by""";

    private final JdbcClient jdbc;

    EvidenceFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(EvidenceFile file, byte[] content) {
        jdbc.sql("insert into tasking_evidence_file (" + COLUMNS + ", content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(file.id(), file.priorityId(), file.title(), file.fileName(), file.contentType(),
                        file.sizeBytes(), file.sha256(), Timestamp.from(file.uploadedAt()), file.uploadedBy(), content)
                .update();
    }

    public List<EvidenceFile> of(UUID priorityId) {
        return jdbc.sql("select " + COLUMNS + " from tasking_evidence_file where priority_id = ? order by uploaded_at")
                .param(priorityId).query(EvidenceFileStore::file).list();
    }

    public Optional<EvidenceFile> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from tasking_evidence_file where id = ?").param(id)
                .query(EvidenceFileStore::file).optional();
    }

    public byte[] content(UUID id) {
        return jdbc.sql("select content from tasking_evidence_file where id = ?").param(id).query(byte[].class)
                .single();
    }

    private static EvidenceFile file(ResultSet rs, int row) throws SQLException {
        return new EvidenceFile(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                rs.getString(9));
    }
}
