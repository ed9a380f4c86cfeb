package uk.saferhub.shared.access;

/** How far a record may travel: from anyone (PUBLIC) to police organisations only (POLICE_ONLY). */
public enum HandlingLevel {
    /** May be published to anyone, signed in or not. */
    PUBLIC,
    /** Every partner organisation that shares with the owning organisation. */
    PARTNERSHIP,
    /** The owning organisation only. */
    AGENCY,
    /** Intelligence: police organisations that share with the owner; never a council. */
    POLICE_ONLY;

    /** Whether a view of a record at this level must be written to the audit trail. */
    public boolean viewIsAudited() {
        return this == AGENCY || this == POLICE_ONLY;
    }
}
