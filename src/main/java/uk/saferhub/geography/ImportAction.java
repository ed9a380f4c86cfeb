package uk.saferhub.geography;

/** What importing a feature does to the place with its code. */
public enum ImportAction {
    CREATE("New"),
    REPLACE("Replaced"),
    UNCHANGED("Unchanged");

    private final String label;

    ImportAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
