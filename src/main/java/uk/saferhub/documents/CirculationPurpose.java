package uk.saferhub.documents;

/** Why a draft went out: for comment by a closing date, for information, or to the approving body for approval. */
public enum CirculationPurpose {
    COMMENT("For comment"),
    INFORMATION("For information"),
    APPROVAL("For approval");

    private final String label;

    CirculationPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
