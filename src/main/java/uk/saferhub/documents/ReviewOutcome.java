package uk.saferhub.documents;

/** What a review decided: keep the document as it is, revise it (a new draft), or withdraw it. */
public enum ReviewOutcome {
    NO_CHANGE("No change"),
    REVISE("Revise"),
    WITHDRAW("Withdraw");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
