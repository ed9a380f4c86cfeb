package uk.saferhub.workforce.internal;

/** Where a PCSO stands: on duty, on leave, or gone (kept for the history of attachments and training). */
public enum PcsoStatus {
    ACTIVE("Active"),
    ON_LEAVE("On leave"),
    LEFT("Left");

    private final String label;

    PcsoStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
