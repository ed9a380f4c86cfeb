package uk.saferhub.documents;

import uk.saferhub.documents.internal.AttachmentCheck;
import uk.saferhub.documents.internal.CheckedAttachment;

/**
 * The documents module's check of an uploaded file, for other modules that keep files (a tasking priority's evidence):
 * not empty, at most 10 MB, a PDF, DOCX, XLSX, PNG or JPEG by name and really that type by its bytes. A file that
 * fails is refused on the field {@code file} in words a user can act on (a {@link uk.saferhub.shared.ChangeRefused}).
 */
public final class FileCheck {

    /** The largest file kept: a form refuses a larger one before reading it. */
    public static final long MAX_SIZE = AttachmentCheck.MAX_SIZE;

    private FileCheck() {
    }

    public static CheckedFile check(String fileName, String declaredContentType, byte[] content) {
        CheckedAttachment checked = AttachmentCheck.check(fileName, declaredContentType, content);
        return new CheckedFile(checked.fileName(), checked.contentType(), checked.size(), checked.sha256Hex());
    }

    /** A file that passed: its cleaned name, its type as detected, its size and its SHA-256 in hex. */
    public record CheckedFile(String fileName, String contentType, long size, String sha256Hex) {
    }
}
