package uk.saferhub.workforce.internal;

/** What a personal development entry records. */
public enum DevelopmentKind {
    OBJECTIVE("Objective"),
    REVIEW("Review"),
    COURSE("Course"),
    OBSERVATION("Observation"),
    OTHER("Other");

    private final String label;

    DevelopmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
