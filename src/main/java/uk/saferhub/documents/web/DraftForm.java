package uk.saferhub.documents.web;

import java.util.Set;

import uk.saferhub.documents.DocumentVersion;

/** A draft's content as posted, with a note on what changed. */
public class DraftForm {

    /** The fields a refusal may name; anything else is shown as a problem with the whole form. */
    static final Set<String> FIELDS = Set.of("content", "changeNote");

    private String content;
    private String changeNote;

    /** Prefilled from the newest version; its note only when saving changes that version in place. */
    static DraftForm of(DocumentVersion newest) {
        var form = new DraftForm();
        form.content = newest.content();
        form.changeNote = newest.frozen() ? null : newest.changeNote();
        return form;
    }

    public String getContent() { return content; }
    public void setContent(String value) { this.content = value; }
    public String getChangeNote() { return changeNote; }
    public void setChangeNote(String value) { this.changeNote = value; }
}
