package uk.saferhub.partnership;

/** The level a body works at, from the county down; the structure chart draws one row per tier. */
public enum Tier {
    COUNTY("County"), DISTRICT("District"), AREA("Area"), LOCALITY("Locality");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
