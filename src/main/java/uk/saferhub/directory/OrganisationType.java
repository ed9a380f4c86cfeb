package uk.saferhub.directory;

/** The kinds of organisation in a community safety partnership. */
public enum OrganisationType {
    POLICE_FORCE("Police force", true),
    POLICE_DIVISION("Police division or area command", true),
    NEIGHBOURHOOD_POLICING_TEAM("Neighbourhood policing team", true),
    COUNTY_COUNCIL("County council", false),
    DISTRICT_COUNCIL("District council", false),
    CITY_COUNCIL("City council", false),
    UNITARY_COUNCIL("Unitary council", false),
    PARISH_COUNCIL("Parish council", false),
    TOWN_COUNCIL("Town council", false),
    PCC_OFFICE("Office of the Police and Crime Commissioner", false),
    ALMO("Arm's length management organisation (housing)", false),
    HEALTH("Health", false),
    FIRE_AND_RESCUE("Fire and rescue service", false),
    PROBATION("Probation", false),
    VOLUNTARY_OR_COMMUNITY_GROUP("Voluntary or community group", false),
    OTHER("Other", false);

    private final String label;
    private final boolean police;

    OrganisationType(String label, boolean police) {
        this.label = label;
        this.police = police;
    }

    /**
     * The type's English name, for the audit trail's record of a filter only: pages, and the API's {@code typeLabel},
     * read it from the messages ({@code directory.organisationType.<TYPE>}) so a council can change the wording.
     */
    public String label() {
        return label;
    }

    /** Police organisations may see POLICE_ONLY records; no council ever does. */
    public boolean isPolice() {
        return police;
    }
}
