package uk.saferhub.documents.web;

import java.util.UUID;

import uk.saferhub.documents.DocumentFilter;
import uk.saferhub.documents.DocumentStatus;
import uk.saferhub.documents.DocumentType;

/**
 * The register's filters as the GET form sends them: type, party organisation, status and reviews due. A value that
 * names nothing (an unknown type, a party that is not an id) is left out, so the filter is ignored.
 */
record RegisterFilter(DocumentType type, UUID party, DocumentStatus status, Boolean reviewDue) {

    /** The documents service's filter, with the words typed in the search box. */
    DocumentFilter with(String words) {
        return new DocumentFilter(words == null || words.isBlank() ? null : words.strip(), type, party, status,
                Boolean.TRUE.equals(reviewDue));
    }
}
