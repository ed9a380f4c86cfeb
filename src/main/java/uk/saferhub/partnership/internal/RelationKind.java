package uk.saferhub.partnership.internal;

/** How one body stands to another: it reports to it (a solid line on the chart) or links with it (dashed). */
public enum RelationKind {
    REPORTS_TO("Reports to"), LINKS_WITH("Links with");

    private final String label;

    RelationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
