package uk.saferhub.workforce.internal;

/** How a PCSO is attached to a ward: as its designated PCSO, or covering it for someone else. */
public enum AttachmentRole {
    DESIGNATED("Designated patrol area"),
    COVER("Cover");

    private final String label;

    AttachmentRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
