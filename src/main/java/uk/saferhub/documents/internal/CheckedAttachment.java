package uk.saferhub.documents.internal;

/**
 * An uploaded file that passed {@link AttachmentCheck}: its cleaned name, the content type its bytes proved to be,
 * its size in bytes and its SHA-256 digest in lower-case hex.
 */
public record CheckedAttachment(String fileName, String contentType, long size, String sha256Hex) {
}
