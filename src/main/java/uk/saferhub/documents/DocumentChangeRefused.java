package uk.saferhub.documents;

import java.io.Serial;

import uk.saferhub.shared.ChangeRefused;

/**
 * A change to a document that breaks a rule (approval by another body, a late comment, script in markup), in the words
 * of a message of {@code messages/documents.properties}.
 */
public class DocumentChangeRefused extends ChangeRefused {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Refused for {@code field} (null for the whole change), in the words of the message {@code key}. */
    public DocumentChangeRefused(String field, String key, Object... arguments) {
        super(field, key, arguments);
    }

}
