package uk.saferhub.documents;

/** Where a service agreement stands in one ward: piloted, in force, or not yet there. */
public enum AreaStage {
    IN_FORCE("In force", "in-force"),
    PILOTED("Piloted", "piloted"),
    NOT_YET("Not yet", "not-yet");

    private final String label;
    private final String shade;

    AreaStage(String label, String shade) {
        this.label = label;
        this.shade = shade;
    }

    public String label() {
        return label;
    }

    /** The CSS class suffix the map uses for the stage. */
    public String shade() {
        return shade;
    }
}
