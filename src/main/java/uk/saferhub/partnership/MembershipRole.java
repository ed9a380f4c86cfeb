package uk.saferhub.partnership;

/** The seat a person holds on a body. */
public enum MembershipRole {
    CHAIR("Chair"), CO_CHAIR("Co-chair"), CORE_MEMBER("Core member"), MEMBER("Member"), ADVISER("Adviser"),
    OBSERVER("Observer");

    private final String label;

    MembershipRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
