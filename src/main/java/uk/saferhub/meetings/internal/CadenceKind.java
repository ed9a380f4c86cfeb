package uk.saferhub.meetings.internal;

/** How a body's meetings recur: every few weeks from an anchor date, in fixed months, or once a year within a window. */
public enum CadenceKind {
    EVERY_N_WEEKS("Every few weeks"), FIXED_MONTHS("Fixed months"), ANNUAL_WINDOW("Once a year within a window");

    private final String label;

    CadenceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
