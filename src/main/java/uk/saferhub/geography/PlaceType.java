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

    /**
     * The type's English name, for the audit trail's record of what happened only ("Defined trial area ...").
     * Pages and the API read it from the messages ({@code geography.placeType.<TYPE>}, with {@code .plural.} and
     * {@code .lower.} kin) so a council can change the wording.
     */
    public String label() {
        return label;
    }

    /** Several places of the type in English, for the audit trail only, like {@link #label()}. */
    public String plural() {
        return plural;
    }

    /** Whether places of this type may be defined as a union of wards rather than by a boundary of their own. */
    public boolean madeOfWards() {
        return this == CITY_AREA || this == PATROL_AREA || this == TRIAL_AREA || this == NEIGHBOURHOOD;
    }
}
