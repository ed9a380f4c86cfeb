package uk.saferhub.documents;

import java.util.UUID;

/** Register filters: words in the title, type, a party organisation, status, and only those with a review due. */
public record DocumentFilter(String text, DocumentType type, UUID party, DocumentStatus status, boolean reviewDue) {

    public static DocumentFilter all() {
        return new DocumentFilter(null, null, null, null, false);
    }
}
