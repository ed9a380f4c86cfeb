package uk.saferhub.documents.web;

import uk.saferhub.documents.DocumentVersion;
import uk.saferhub.shared.web.PlainText;

/**
 * A draft's content as posted, with a note on what changed. The content is SaferHub's section markup, checked by
 * {@link DraftContent}; the note is plain text.
 */
record DraftForm(String content, @PlainText String changeNote) {

    /** Prefilled from the newest version; its note only when saving changes that version in place. */
    static DraftForm of(DocumentVersion newest) {
        return new DraftForm(newest.content(), newest.frozen() ? null : newest.changeNote());
    }
}
