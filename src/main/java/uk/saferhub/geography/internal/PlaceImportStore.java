package uk.saferhub.geography.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.geography.ImportPreview;
import uk.saferhub.geography.ImportRequest;
import uk.saferhub.geography.PlaceType;

/** The record of boundary imports applied, and files uploaded for an import but not applied yet. */
@Repository
public class PlaceImportStore {

    private final JdbcClient jdbc;

    PlaceImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A file uploaded for an import, kept until it is applied. */
    public record Upload(UUID id, String fileName, byte[] content) {
    }

    public void recordImport(UUID id, ImportRequest request, ImportPreview applied, String importedBy, Instant now) {
        jdbc.sql("""
                insert into place_import (id, file_name, place_type, code_property, name_property, parent_id,
                    created, replaced, unchanged, repaired, imported_by, imported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, limit(request.fileName(), 300), request.type().name(),
                        limit(request.codeProperty(), 100), limit(request.nameProperty(), 100), request.parentId(),
                        applied.created(), applied.replaced(), applied.unchanged(), applied.repaired(),
                        limit(importedBy, 200), Timestamp.from(now))
                .update();
    }

    /** An import applied, with the places it created or replaced (those its moment is still the last change of). */
    public Optional<ImportRecord> applied(UUID id) {
        List<ImportRecord.ImportedPlace> places = jdbc.sql("""
                select p.id, p.code, p.name, parent.name, p.created_at = i.imported_at
                from place_import i
                join place p on p.type = i.place_type and p.updated_at = i.imported_at and not p.made_of_wards
                left join place parent on parent.id = p.parent_id
                where i.id = ?
                order by lower(p.name), p.code""")
                .param(id)
                .query((rs, row) -> new ImportRecord.ImportedPlace(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getBoolean(5)))
                .list();
        return jdbc.sql("""
                select id, file_name, place_type, created, replaced, unchanged, repaired
                from place_import where id = ?""")
                .param(id)
                .query((rs, row) -> new ImportRecord(rs.getObject(1, UUID.class), rs.getString(2),
                        PlaceType.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                        places))
                .optional();
    }

    /** Keeps an uploaded file for its uploader; files older than a day are removed at the same time. */
    public UUID storeUpload(UUID userAccountId, String fileName, byte[] content, Instant now) {
        jdbc.sql("delete from place_import_upload where uploaded_at < ?")
                .param(Timestamp.from(now.minusSeconds(24 * 3600))).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into place_import_upload (id, user_account_id, file_name, content, uploaded_at)
                values (?, ?, ?, ?, ?)""")
                .params(id, userAccountId, limit(fileName, 300), content, Timestamp.from(now)).update();
        return id;
    }

    /** An upload, only to the user who uploaded it. */
    public Optional<Upload> upload(UUID id, UUID userAccountId) {
        return jdbc.sql("select id, file_name, content from place_import_upload where id = ? and user_account_id = ?")
                .params(id, userAccountId)
                .query((rs, row) -> new Upload(rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    /** Notes the upload an import was applied from (the upload itself is then deleted). */
    public void appliedFrom(UUID importId, UUID uploadId) {
        jdbc.sql("update place_import set upload_id = ? where id = ?").params(uploadId, importId).update();
    }

    /** The import applied from an upload, once the upload is gone. */
    public Optional<UUID> importOf(UUID uploadId) {
        return jdbc.sql("select id from place_import where upload_id = ?").param(uploadId).query(UUID.class)
                .optional();
    }

    public void deleteUpload(UUID id) {
        jdbc.sql("delete from place_import_upload where id = ?").param(id).update();
    }

    private static String limit(String text, int length) {
        if (text == null) {
            return "";
        }
        return text.length() > length ? text.substring(0, length) : text;
    }
}
