package uk.saferhub.documents;

import java.io.Serial;

import uk.saferhub.shared.ChangeRefused;

/** A change to a document that breaks a rule (approval by another body, a late comment, script in markup). */
public class DocumentChangeRefused extends ChangeRefused {

    @Serial
    private static final long serialVersionUID = 1L;

    public DocumentChangeRefused(String field, String message) {
        super(field, message);
    }
}
