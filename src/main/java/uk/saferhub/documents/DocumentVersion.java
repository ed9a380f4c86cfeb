package uk.saferhub.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a document's content, numbered as the seeds number them: Draft 1.0, 1.1 … and Version 2.0 on
 * approval. A version is frozen once it has been circulated or approved; the next edit makes a new draft.
 */
public record DocumentVersion(UUID id, UUID documentId, int major, int minor, boolean approved, boolean frozen,
        String content, String changeNote, String writtenBy, Instant createdAt, Instant updatedAt) {

    /** "1.1", "2.0". */
    public String number() {
        return major + "." + minor;
    }

    /** "Draft Version 1.1" or "Version 2.0", as the control block shows it. */
    public String label() {
        return (approved ? "Version " : "Draft Version ") + number();
    }

    /** "Draft 1.1" or "Version 2.0", for lists. */
    public String shortLabel() {
        return (approved ? "Version " : "Draft ") + number();
    }
}
