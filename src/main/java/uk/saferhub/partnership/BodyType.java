package uk.saferhub.partnership;

/** What kind of body it is. */
public enum BodyType {
    COMMUNITY_SAFETY_PARTNERSHIP("Community safety partnership"),
    THEME_GROUP("Theme group"),
    OFFICERS_GROUP("Officers' group"),
    SUPPORT_GROUP("Support group"),
    BOARD("Board"),
    EXECUTIVE("Executive"),
    CABINET("Cabinet"),
    SCRUTINY_PANEL("Scrutiny panel"),
    POLICE_AND_CRIME_PANEL("Police and crime panel"),
    AREA_COMMITTEE("Area committee"),
    LOCALITY_PARTNERSHIP("Locality partnership"),
    TASKING_GROUP("Tasking group"),
    OTHER("Other");

    private final String label;

    BodyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
