package uk.saferhub.documents;

/** The things that can be done to a document; {@link DocumentLifecycle} says which each status allows. */
public enum DocumentStep {
    EDIT_DRAFT("edit the draft"),
    CONSULT("send the draft for comment"),
    CIRCULATE("circulate the draft"),
    APPROVE("approve"),
    BRING_INTO_FORCE("bring into force"),
    RECORD_REVIEW("record a review"),
    WITHDRAW("withdraw"),
    SUPERSEDE("mark as superseded"),
    PUBLISH("publish");

    private final String label;

    DocumentStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
