package uk.saferhub.documents;

import java.time.Instant;
import java.util.UUID;

/** A file attached to a document (a PDF, Word or Excel file, or an image), checked to be what its type claims. */
public record Attachment(UUID id, UUID documentId, UUID versionId, String title, String fileName, String contentType,
        long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy) {

    /** "1.2 MB", "340 KB". */
    public String size() {
        if (sizeBytes >= 1024 * 1024) {
            return String.format(java.util.Locale.UK, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
        }
        return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
    }
}
