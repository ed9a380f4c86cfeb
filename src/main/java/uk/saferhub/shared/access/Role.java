package uk.saferhub.shared.access;

/**
 * What a user may do for their organisation. Coordinators can do what contributors can, who can do what readers can.
 * Declared from the widest to the narrowest: {@link ChangePolicy#holds} relies on the order (panel member apart).
 */
public enum Role {
    ADMINISTRATOR("Administrator"),
    COORDINATOR("Coordinator"),
    CONTRIBUTOR("Contributor"),
    READER("Reader"),
    PANEL_MEMBER("Panel member");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
