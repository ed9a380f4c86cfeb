package uk.saferhub.geography;

/** The kinds of place SaferHub knows, from the largest to the smallest. */
public enum PlaceType {
    FORCE_AREA("Force area", "Force areas"),
    DIVISION("Division", "Divisions"),
    DISTRICT("District", "Districts"),
    CITY_AREA("City area", "City areas"),
    WARD("Ward", "Wards"),
    LSOA("Lower layer super output area (LSOA)", "LSOAs"),
    NEIGHBOURHOOD("Neighbourhood", "Neighbourhoods"),
    PATROL_AREA("Patrol area", "Patrol areas"),
    TRIAL_AREA("Trial area", "Trial areas");

    private final String label;
    private final String plural;

    PlaceType(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    public String label() {
        return label;
    }

    public String plural() {
        return plural;
    }

    /** Whether places of this type may be defined as a union of wards rather than by a boundary of their own. */
    public boolean madeOfWards() {
        return this == CITY_AREA || this == PATROL_AREA || this == TRIAL_AREA || this == NEIGHBOURHOOD;
    }
}
