package uk.saferhub.documents;

/** Where a document stands: draft → in consultation → approved → in force → under review → superseded or withdrawn. */
public enum DocumentStatus {
    DRAFT("Draft", "grey"),
    IN_CONSULTATION("In consultation", "yellow"),
    APPROVED("Approved", "turquoise"),
    IN_FORCE("In force", "green"),
    UNDER_REVIEW("Under review", "orange"),
    SUPERSEDED("Superseded", "purple"),
    WITHDRAWN("Withdrawn", "red");

    private final String label;
    private final String colour;

    DocumentStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour for the status. */
    public String tagClass() {
        return "govuk-tag govuk-tag--" + colour;
    }

    /** Superseded and withdrawn documents are kept for the record and never change again. */
    public boolean ended() {
        return this == SUPERSEDED || this == WITHDRAWN;
    }
}
